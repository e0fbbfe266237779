import type { Driver } from 'neo4j-driver';
import { CONTEXT_KINDS, type ContextKind } from '../../src/analytics/network/membership';
import { MembershipRepository } from '../../src/analytics/network/membership.repository';
import {
  MembershipStructureBuilder,
  type MembershipStructure,
} from '../../src/analytics/network/membership-structure';
import type { TimeWindow } from '../../src/analytics/time-window.input';

/**
 * Every membership of a structure as one sorted line each (actor, its kind and sectors, context, its
 * kind and organisation, dates, dated) plus the containments of its contexts, for actors whose keys
 * start with `prefix`: comparable whatever order the rows were read in.
 */
export function membershipLines(structure: MembershipStructure, prefix: string): string[] {
  const lines: string[] = [];
  structure.memberActors.forEach((actor, membership) => {
    const key = structure.actorKeys[actor] as string;
    if (!key.startsWith(prefix)) return;
    const context = structure.memberContexts[membership] as number;
    const organisation = structure.contextActors[context] as number;
    lines.push(
      [
        key,
        structure.actorIsOrganisation[actor],
        structure.actorSectors[actor],
        structure.contextKeys[context],
        structure.contextKinds[context],
        organisation >= 0 ? structure.actorKeys[organisation] : '-',
        structure.memberStarts[membership],
        structure.memberEnds[membership],
        structure.memberDated[membership],
      ].join(' '),
    );
  });
  structure.containedInner.forEach((inner, pair) => {
    const innerKey = structure.contextKeys[inner] as string;
    if (innerKey.startsWith(prefix))
      lines.push(`${innerKey} inside ${structure.contextKeys[structure.containedOuter[pair] as number]}`);
  });
  return lines.sort();
}

/**
 * The memberships of the actors under `prefix` in `window`, read twice: with the whole graph (event
 * by event) and actor by actor (the rule both membership queries follow).
 */
export async function readBothWays(
  driver: Driver,
  prefix: string,
  window: TimeWindow,
  kinds: readonly ContextKind[] = CONTEXT_KINDS,
): Promise<{ whole: string[]; byActor: string[] }> {
  const repository = new MembershipRepository({ driver });
  const actors = (
    await driver.executeQuery('MATCH (a:Actor) WHERE a.key STARTS WITH $prefix RETURN a.key AS key', {
      prefix,
    })
  ).records.map((record) => record.get('key') as string);
  const read = async (query: { actors?: string[] }) => {
    const builder = new MembershipStructureBuilder();
    await repository.structure({ kinds, window, ...query }, builder);
    return membershipLines(builder.build(), prefix);
  };
  return { whole: await read({}), byActor: await read({ actors }) };
}
