import { SCOPE_TYPES } from '../../model/vocabulary';
import { MembershipStructureBuilder, type MembershipStructure } from '../network/membership-structure';
import type { ContextKind } from '../network/membership';
import type { MembershipRepository } from '../network/membership.repository';
import type { TimeWindow } from '../time-window.input';

/** Which memberships a co-creation network is projected from (structured-cloneable). */
export interface StructureRequest {
  /** Key of an initiative, programme, project, policy, event series or place; null = the whole graph. */
  readonly scope: string | null;
  readonly window: TimeWindow;
  readonly via: readonly ContextKind[];
}

/**
 * The membership structure of a scope (or of the whole graph), read in two to four round trips;
 * undefined for an unknown scope key. Runs in an analytics worker when it can reach Neo4j itself
 * (decoding tens of thousands of rows is then off the event loop), else on the main thread.
 */
export async function readScopedStructure(
  memberships: MembershipRepository,
  { scope, window, via }: StructureRequest,
): Promise<MembershipStructure | undefined> {
  const builder = new MembershipStructureBuilder();
  if (scope === null) {
    await memberships.structure({ kinds: via, window }, builder);
    return builder.build();
  }
  const contexts = await memberships.scopeContexts(scope, SCOPE_TYPES);
  if (contexts === undefined) return undefined;
  const { actors, organisations } = await memberships.structure(
    { kinds: via.filter((kind) => kind !== 'ORGANISATION'), contexts, window },
    builder,
  );
  // Organisations tie the scope's actors to their organisations (a speaker to the ministry she works
  // for), and the organisations acting in the scope bring their staff.
  if (via.includes('ORGANISATION') && actors.length > 0) {
    const staff = await memberships.affiliates(organisations, window);
    await memberships.structure(
      { kinds: ['ORGANISATION'], actors: [...new Set([...actors, ...staff])], window },
      builder,
    );
  }
  return builder.build();
}
