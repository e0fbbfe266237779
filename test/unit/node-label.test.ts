import { labelPlacement } from '../../web/explorer/node-label';

const labelX = (...args: Parameters<typeof labelPlacement>) => labelPlacement(...args).x;

describe('explorer node labels stay on the stage', () => {
  // A 500-pixel stage and a font of 7 pixels per character.
  const context = {
    canvas: { clientWidth: 500 },
    measureText: (text: string) => ({ width: 7 * text.length }),
  };
  const label = 'Deutscher Verband'; // 119 pixels

  it('writes a label right of its node where it fits', () => {
    expect(labelX(context as never, { x: 100, size: 5 }, label)).toBe(108);
  });

  it('writes it left of a node near the right edge, where it would run off the stage', () => {
    expect(labelX(context as never, { x: 480, size: 5 }, label)).toBe(480 - 5 - 3 - 119);
  });

  it('keeps it right of the node when it fits on neither side', () => {
    const narrow = { ...context, canvas: { clientWidth: 130 } };
    expect(labelX(narrow as never, { x: 60, size: 5 }, label)).toBe(68);
  });

  it('keeps it right of a node beyond the edge (sigma labels nodes just off the stage)', () => {
    expect(labelPlacement(context as never, { x: 550, size: 5 }, label).left).toBe(false);
    expect(labelX(context as never, { x: 550, size: 5 }, label)).toBe(558);
  });
});
