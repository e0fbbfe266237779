// The legend in plain words with counts: what each colour stands for and what each shape is.
import type { ExplorerState } from './explorer-state';
import { UI_WORDS } from './labels';
import type { LegendEntry } from './network-view';

export function renderLegend(
  list: HTMLElement,
  shapes: HTMLElement,
  entries: LegendEntry[],
  state: ExplorerState,
): void {
  list.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = entry.colour;
      item.append(swatch, document.createTextNode(`${entry.label} (${entry.count})`));
      return item;
    }),
  );
  const language = state.language;
  shapes.replaceChildren(
    ...(
      [
        ['circle', UI_WORDS.shapeOrganisation[language]],
        ['ring', UI_WORDS.shapePerson[language]],
        ['square', UI_WORDS.shapeContext[language]],
      ] as const
    ).map(([shape, text]) => {
      const item = document.createElement('li');
      const mark = document.createElement('span');
      mark.className = `shape shape-${shape}`;
      item.append(mark, document.createTextNode(text));
      return item;
    }),
  );
}
