/** Keys of sources, entities and case studies: stable slugs (lower-case letters, digits, single hyphens). */
export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
