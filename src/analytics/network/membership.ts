/** The kinds of context through which actors co-create. */
export type ContextKind = 'EVENT' | 'UNDERTAKING' | 'ORGANISATION';
export const CONTEXT_KINDS: readonly ContextKind[] = ['EVENT', 'UNDERTAKING', 'ORGANISATION'];

/** One relationship behind a membership, with its sources and their quotes. */
export interface MembershipEvidence {
  readonly type: string;
  readonly sources: readonly string[];
  readonly sourceTitles: readonly string[];
  readonly quotes: readonly string[];
  /** locators[i] for a cited source (kind CITATION), '' for a quote; absent when there is no citation. */
  readonly locators?: readonly string[];
}

/** An actor's part in a context (an event, an undertaking, an organisation), as the graph states it. */
export interface Membership {
  readonly actorKey: string;
  readonly actorName: string;
  readonly actorType: 'Organisation' | 'Person';
  /** The organisation's sector; for a person the sectors of all organisations they are affiliated with in the window. */
  readonly actorSectors: readonly string[];
  readonly contextKey: string;
  readonly contextName: string;
  readonly contextKind: ContextKind;
  readonly contextType: string;
  /** For organisation contexts: the organisation's own sector (it is an actor too). */
  readonly contextSector: string | null;
  /** ISO date the membership starts (event day, role start), or null when unknown. */
  readonly date: string | null;
  /** ISO date the membership ends (event end, role end), or null when unknown or open. */
  readonly until: string | null;
  readonly evidence: readonly MembershipEvidence[];
}
