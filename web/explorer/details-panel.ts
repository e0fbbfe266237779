// The side panel: what a selected node or edge is and every quote (or citation) it rests on, each with
// its source's title, date, publisher and a link to the source (its URL, or its text in the
// playground). Co-creation ties are fetched on selection with their shared contexts (ExplorerTies),
// so a 5 000-actor network need not carry the evidence of every tie.
import {
  ExplorerEntityFactsDocument,
  ExplorerSourcesDocument,
  ExplorerTiesDocument,
  type ExplorerEntityFactsQuery,
  type ExplorerSourcesQuery,
  type ExplorerTiesQuery,
} from '../../src/generated/graphql';
import { entityFactsList } from './entity-facts';
import { windowOf, type ExplorerState } from './explorer-state';
import { graphql } from './graphql-client';
import { RELATION_WORDS, SECTOR_WORDS, TYPE_WORDS, word } from './labels';
import type { Evidence, NetworkGraph } from './network-graph';

type Source = ExplorerSourcesQuery['sources'][number];
type Tie = ExplorerTiesQuery['collaborators'][number];

const MAX_LISTED = 60;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

export interface DetailsPanel {
  showNode(key: string): void;
  showEdge(key: string): void;
  clear(): void;
}

export function createDetailsPanel(options: {
  panel: HTMLElement;
  graph: () => NetworkGraph;
  state: ExplorerState;
  onCentre(key: string): void;
  onExpand(key: string): void;
}): DetailsPanel {
  const { panel, state } = options;
  /** Only the latest selection may fill the panel: an older answer arriving late is dropped. */
  let shown = 0;
  const language = () => state.language;

  const intro = () =>
    element(
      'p',
      language() === 'de'
        ? 'Klicken Sie auf einen Knoten oder eine Linie, um die Quellen und Zitate zu sehen.'
        : 'Click a node or a line for its sources and quotes.',
    );

  async function evidenceSection(evidence: readonly Evidence[], token: number): Promise<HTMLElement> {
    const section = element('section');
    const list = element('ul', undefined, 'evidence');
    section.append(
      element('h3', `${language() === 'de' ? 'Quellen' : 'Sources'} (${evidence.length})`),
      list,
    );
    const keys = [...new Set(evidence.slice(0, MAX_LISTED).map((e) => e.sourceKey))];
    const sources = new Map<string, Source>();
    if (keys.length > 0) {
      const answer = await graphql(ExplorerSourcesDocument, { keys }).catch(() => undefined);
      for (const source of answer?.sources ?? []) sources.set(source.key, source);
    }
    if (token !== shown) return section;
    for (const item of evidence.slice(0, MAX_LISTED))
      list.append(evidenceItem(item, sources.get(item.sourceKey)));
    if (evidence.length > MAX_LISTED)
      list.append(
        element('li', `… ${evidence.length - MAX_LISTED} ${language() === 'de' ? 'weitere' : 'more'}`),
      );
    return section;
  }

  function evidenceItem(item: Evidence, source: Source | undefined): HTMLElement {
    const entry = element('li');
    // A citation has no quote to show, only where the cited document says it (not checked).
    const quote =
      item.kind === 'CITATION'
        ? element(
            'blockquote',
            `${language() === 'de' ? 'zitiert' : 'cited'}: ${item.locator ?? ''}`,
            'citation',
          )
        : element('blockquote', `„${item.quote}“`, 'quote');
    const cite = element('cite');
    const relation = word(RELATION_WORDS[item.relationType], language(), item.relationType);
    const facts = [source?.date, source?.publisher].filter(
      (x): x is string => typeof x === 'string' && x !== '',
    );
    cite.append(`${relation} — ${item.sourceTitle}${facts.length > 0 ? ` (${facts.join(', ')})` : ''} `);
    const link = element('a', source?.url ? 'Link' : language() === 'de' ? 'Quelltext' : 'source text');
    link.className = 'source-link';
    if (source?.url && /^https?:\/\//i.test(source.url)) {
      link.href = source.url;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
    } else {
      const query = `query SourceText($key: String!) {\n  sources(where: { key: { eq: $key } }) {\n    title\n    publisher\n    date\n    text\n  }\n}`;
      link.href = `/playground/?${new URLSearchParams({ query, variables: JSON.stringify({ key: item.sourceKey }) })}`;
    }
    cite.append(link);
    entry.append(quote, cite);
    return entry;
  }

  function heading(key: string): { title: HTMLElement; facts: HTMLElement } {
    const node = options.graph().getNodeAttributes(key);
    const title = element('h2', node.name);
    const sectors = node.sectors.map((s) => word(SECTOR_WORDS[s], language(), s)).join(', ');
    const parts = [word(TYPE_WORDS[node.entityType], language(), node.entityType)];
    if (sectors !== '') parts.push(sectors);
    parts.push(`${language() === 'de' ? 'Grad' : 'degree'} ${node.degree}`);
    if (node.betweenness !== null && node.betweenness !== undefined)
      parts.push(
        `${language() === 'de' ? 'Zwischenzentralität' : 'betweenness'} ${node.betweenness.toFixed(3)}`,
      );
    return { title, facts: element('p', parts.join(' · '), 'node-facts') };
  }

  function actions(key: string): HTMLElement {
    const row = element('p');
    const centre = element('button', language() === 'de' ? 'Ego-Netzwerk zeigen' : 'Show its ego network');
    centre.type = 'button';
    centre.addEventListener('click', () => options.onCentre(key));
    row.append(centre);
    if (state.view === 'ego') {
      const expand = element('button', language() === 'de' ? 'Nachbarn aufklappen' : 'Expand neighbours');
      expand.type = 'button';
      expand.addEventListener('click', () => options.onExpand(key));
      row.append(' ', expand);
    }
    return row;
  }

  async function ties(actor: string): Promise<Tie[]> {
    const answer = await graphql(ExplorerTiesDocument, { actor, window: windowOf(state) });
    return answer.collaborators;
  }

  function tieEvidence(tie: Tie): Evidence[] {
    return tie.contexts.flatMap((context) => context.evidence as Evidence[]);
  }

  /** Replaces the panel's loading line with the evidence once it is there (if still the latest selection). */
  function fillEvidence(evidence: Promise<readonly Evidence[]>, token: number): void {
    const replaceLoading = (content: HTMLElement) => {
      if (token === shown) panel.querySelector('.loading')?.replaceWith(content);
    };
    void evidence
      .then((items) => evidenceSection(items, token))
      .then(replaceLoading)
      .catch((error: Error) => replaceLoading(element('p', error.message, 'error')));
  }

  return {
    clear() {
      shown++;
      panel.replaceChildren(intro());
    },
    showNode(key) {
      const token = ++shown;
      const graph = options.graph();
      if (!graph.hasNode(key)) return;
      const { title, facts } = heading(key);
      panel.replaceChildren(title, facts, actions(key), element('p', '…', 'loading'));
      const evidence =
        state.view === 'ego'
          ? Promise.resolve(graph.edges(key).flatMap((edge) => graph.getEdgeAttribute(edge, 'evidence')))
          : ties(key).then((list) => list.slice(0, 20).flatMap(tieEvidence));
      fillEvidence(evidence, token);
      // Counts, web presences, methods, hosting: fetched for the selected node only.
      void graphql<ExplorerEntityFactsQuery, { key: string }>(ExplorerEntityFactsDocument, { key })
        .then((answer) => {
          const list = entityFactsList(answer);
          if (list !== undefined && token === shown) facts.after(list);
        })
        .catch(() => undefined);
    },
    showEdge(key) {
      const token = ++shown;
      const graph = options.graph();
      if (!graph.hasEdge(key)) return;
      const edge = graph.getEdgeAttributes(key);
      const [source, target] = graph.extremities(key);
      const name = (node: string) => graph.getNodeAttribute(node, 'name');
      const caption =
        state.view === 'ego'
          ? word(RELATION_WORDS[edge.relation], language(), edge.relation)
          : `${edge.weight} ${word(RELATION_WORDS.CO_CREATION, language(), 'shared contexts')}`;
      panel.replaceChildren(
        element('h2', `${name(source)} → ${name(target)}`),
        element('p', caption, 'edge-facts'),
        element('p', '…', 'loading'),
      );
      const evidence =
        state.view === 'ego'
          ? Promise.resolve(edge.evidence)
          : ties(source).then((list) => {
              const tie = list.find((t) => t.actor.id === target);
              return tie === undefined ? [] : tieEvidence(tie);
            });
      fillEvidence(evidence, token);
    },
  };
}
