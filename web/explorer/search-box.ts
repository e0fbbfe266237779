// Search across every entity type. An actor opens its ego network; a programme, initiative, project,
// policy, event series or place opens as the scope of the co-creation network; any other entity (an
// event, a topic) opens its own ego network.
import { ExplorerSearchDocument } from '../../src/generated/graphql';
import { isScopeType } from '../../src/model/vocabulary';
import type { ExplorerState } from './explorer-state';
import { graphql } from './graphql-client';
import { TYPE_WORDS, word } from './labels';

export interface SearchHit {
  key: string;
  name: string;
  type: string;
}

export function setUpSearch(options: {
  input: HTMLInputElement;
  suggestions: HTMLElement;
  state: ExplorerState;
  onPick(hit: SearchHit): void;
}): void {
  const { input, suggestions, state } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  const pick = (hit: SearchHit) => {
    suggestions.replaceChildren();
    input.value = hit.name;
    options.onPick(hit);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const query = input.value.trim();
      const token = ++asked;
      if (query.length < 2) {
        suggestions.replaceChildren();
        return;
      }
      const data = await graphql(ExplorerSearchDocument, { query }).catch(() => undefined);
      if (token !== asked) return;
      suggestions.replaceChildren(
        ...(data?.search ?? []).map((hit) => {
          const item = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'suggestion';
          button.dataset.key = hit.key;
          button.dataset.type = hit.type;
          const opens = isScopeType(hit.type)
            ? state.language === 'de'
              ? 'als Rahmen'
              : 'as scope'
            : state.language === 'de'
              ? 'Ego-Netzwerk'
              : 'ego network';
          button.textContent = `${hit.name}${hit.abbreviation ? ` (${hit.abbreviation})` : ''} · ${word(TYPE_WORDS[hit.type], state.language, hit.type)} · ${opens}`;
          button.addEventListener('click', () => pick(hit));
          item.append(button);
          return item;
        }),
      );
    }, 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') (suggestions.querySelector('button') as HTMLButtonElement | null)?.click();
    if (event.key === 'Escape') suggestions.replaceChildren();
  });
}
