// Node labels that stay on the stage: sigma writes a label to the right of its node, so the labels of
// nodes near the right edge ran off it ("Deutscher Verband für Wohn", "Stadt als C" in the overview).
// Such a label is written to the left of its node instead, where it fits there.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

/** Gap between a node's disc and its label, in pixels (sigma's own). */
const GAP = 3;

export const drawNodeLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  const colour = settings.labelColor.attribute
    ? String(
        (data as Record<string, unknown>)[settings.labelColor.attribute] ??
          settings.labelColor.color ??
          '#000',
      )
    : (settings.labelColor.color ?? '#000');
  context.fillStyle = colour;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.fillText(data.label, labelX(context, data, data.label), data.y + size / 3);
};

/** Where a label starts: right of the node, or left of it when only there it stays on the stage. */
export function labelX(
  context: Pick<CanvasRenderingContext2D, 'measureText'> & { canvas: { clientWidth: number } },
  node: { x: number; size: number },
  label: string,
): number {
  const width = context.measureText(label).width;
  const right = node.x + node.size + GAP;
  const left = node.x - node.size - GAP - width;
  return right + width > context.canvas.clientWidth && left >= 0 ? left : right;
}
