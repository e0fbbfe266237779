// The facts of an entity the details panel shows beyond the network: its names over time, how many
// take part (named or not), where it is on the web, the methods it works by (with their stages), who hosts it and what it
// builds on. Links are http(s) only (the importer refuses anything else) and open without a referrer.
import type { ExplorerEntityFactsQuery } from '../../src/generated/graphql';

interface WebPresence {
  kind: string;
  url: string;
  label?: string | null;
}

const WEB_KIND_LABELS: Record<string, string> = {
  WEBSITE: 'Website',
  NEWSLETTER: 'Newsletter',
  SOCIAL_MEDIA: 'Social media',
  TOOLKIT: 'Toolkit',
  DOCUMENTATION: 'Documentation',
  OTHER: 'Link',
};

/** The facts of the one entity the query found (each root field answers for its type only). */
export function entityFactsList(answer: ExplorerEntityFactsQuery): HTMLElement | undefined {
  const found = [
    ...answer.organisations,
    ...answer.people,
    ...answer.events,
    ...answer.eventSeries,
    ...answer.programmes,
    ...answer.initiatives,
    ...answer.projects,
    ...answer.policies,
    ...answer.funds,
    ...answer.methods,
  ][0] as
    | {
        webPresences?: WebPresence[];
        hostedBy?: { name: string }[];
        buildsOn?: { name: string }[];
        methods?: { name: string; stages?: string[] | null }[];
        stages?: string[] | null;
        names?: {
          name: string;
          validFrom?: string | null;
          validFromPrecision?: string | null;
          validTo?: string | null;
          validToPrecision?: string | null;
        }[];
        participantCount?: number | null;
        participantCountApproximate?: boolean | null;
        participantCountOf?: string | null;
      }
    | undefined;
  const counts = answer.undertakings[0] ?? found;
  const list = document.createElement('ul');
  list.className = 'facts';
  const item = (label: string, ...content: (string | Node)[]) => {
    const li = document.createElement('li');
    const strong = document.createElement('strong');
    strong.textContent = `${label}: `;
    li.append(strong, ...content);
    list.append(li);
  };
  // Names over time, oldest first: the network labels the entity with the one of its window's end.
  for (const held of found?.names ?? [])
    item(
      'Name',
      `${held.name}${spanText(asStated(held.validFrom, held.validFromPrecision), asStated(held.validTo, held.validToPrecision))}`,
    );
  if (counts?.participantCount !== undefined && counts.participantCount !== null) {
    const about = counts.participantCountApproximate === true ? 'about ' : '';
    item(
      'Taking part',
      `${about}${counts.participantCount}${counts.participantCountOf ? ` ${counts.participantCountOf}` : ''}`,
    );
  }
  if (found?.stages && found.stages.length > 0) item('Stages', stagesText(found.stages));
  for (const method of found?.methods ?? []) item(`Method ${method.name}`, stagesText(method.stages ?? []));
  if (found?.hostedBy && found.hostedBy.length > 0)
    item('Hosted by', found.hostedBy.map((h) => h.name).join(', '));
  if (found?.buildsOn && found.buildsOn.length > 0)
    item('Builds on', found.buildsOn.map((b) => b.name).join(', '));
  for (const presence of found?.webPresences ?? []) {
    if (!/^https?:\/\//i.test(presence.url)) continue;
    const link = document.createElement('a');
    link.href = presence.url;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    link.textContent = presence.label ?? presence.url;
    item(WEB_KIND_LABELS[presence.kind] ?? 'Link', link);
  }
  return list.childElementCount === 0 ? undefined : list;
}

/** A date as the source states it: 2018 for a year, 2018-03 for a month (stored as full dates). */
function asStated(date: string | null | undefined, precision: string | null | undefined): string | null {
  if (!date) return null;
  if (precision === 'YEAR') return date.slice(0, 4);
  if (precision === 'MONTH') return date.slice(0, 7);
  return date;
}

function spanText(from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return ` (${from} – ${to})`;
  if (from) return ` (since ${from})`;
  if (to) return ` (until ${to})`;
  return '';
}

function stagesText(stages: readonly string[]): string {
  return stages.map((stage, index) => `${index + 1}. ${stage}`).join(' → ');
}
