// Node labels that stay on the stage: sigma writes a label to the right of its node, so the labels of
// nodes near the right edge ran off it ("Deutscher Verband für Wohn", "Stadt als C" in the overview).
// Such a label is written to the left of its node instead, where it fits there; the white box sigma
// draws round a hovered, selected or centred node's label goes to the same side.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';

/** Gap between a node's disc and its label, in pixels (sigma's own). */
const GAP = 3;
/** Padding of the hover box, in pixels (sigma's own). */
const PADDING = 2;

type Measuring = Pick<CanvasRenderingContext2D, 'measureText'> & { canvas: { clientWidth: number } };

/**
 * Where a label starts, measured once: right of its node, or left of it when it would run past the
 * right edge and fits on the left. Only for a node on the stage: sigma also labels nodes just beyond
 * the edge, whose labels would otherwise hang on the stage without their node.
 */
export function labelPlacement(
  context: Measuring,
  node: { x: number; size: number },
  label: string,
): { x: number; left: boolean } {
  const stage = context.canvas.clientWidth;
  const width = context.measureText(label).width;
  const right = node.x + node.size + GAP;
  const leftX = node.x - node.size - GAP - width;
  const left = node.x <= stage && right + width > stage && leftX >= 0;
  return { x: left ? leftX : right, left };
}

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
  context.fillText(data.label, labelPlacement(context, data, data.label).x, data.y + size / 3);
};

/** Sigma's hover drawing (a white, shadowed box joining the node and its label), on the label's side. */
export const drawNodeHover: NodeHoverDrawingFunction = (context, data, settings) => {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.fillStyle = '#FFF';
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  context.beginPath();
  if (typeof data.label === 'string' && data.label !== '') {
    const boxWidth = Math.round(context.measureText(data.label).width + 5);
    const boxHeight = Math.round(size + 2 * PADDING);
    const radius = Math.max(data.size, size / 2) + PADDING;
    const angle = Math.asin(boxHeight / 2 / radius);
    const reach = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
    const { left } = labelPlacement(context, data, data.label);
    const side = left ? -1 : 1;
    context.moveTo(data.x + side * reach, data.y + boxHeight / 2);
    context.lineTo(data.x + side * (radius + boxWidth), data.y + boxHeight / 2);
    context.lineTo(data.x + side * (radius + boxWidth), data.y - boxHeight / 2);
    context.lineTo(data.x + side * reach, data.y - boxHeight / 2);
    // Round the node's far side: the left for a box on the right, the right for a box on the left.
    if (left) context.arc(data.x, data.y, radius, Math.PI - angle, Math.PI + angle, true);
    else context.arc(data.x, data.y, radius, angle, -angle);
  } else context.arc(data.x, data.y, data.size + PADDING, 0, Math.PI * 2);
  context.closePath();
  context.fill();
  context.shadowBlur = 0;
  drawNodeLabel(context, data, settings);
};
