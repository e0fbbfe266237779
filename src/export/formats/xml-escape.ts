/** Escapes text for XML attribute values and element content; drops characters XML 1.0 forbids. */
export function xmlEscape(value: unknown): string {
  return (
    String(value)
      // eslint-disable-next-line no-control-regex -- this expression is about control characters
      .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}
