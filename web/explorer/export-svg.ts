// The drawing as SVG, as it is on screen (positions, colours, sizes, visible labels): for papers and
// slides. Built from sigma's display data, so it matches what the WebGL canvas shows.
import type Sigma from 'sigma';
import type { EdgeData, NodeData } from './network-graph';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

export function drawingAsSvg(renderer: Sigma<NodeData, EdgeData>): string {
  const { width, height } = renderer.getDimensions();
  const graph = renderer.getGraph();
  const at = (node: string) => {
    const data = renderer.getNodeDisplayData(node);
    if (data === undefined || data.hidden) return undefined;
    const point = renderer.framedGraphToViewport(data);
    return { ...point, size: renderer.scaleSize(data.size), color: data.color, label: data.label };
  };
  const lines: string[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const display = renderer.getEdgeDisplayData(edge);
    const a = at(source);
    const b = at(target);
    if (display === undefined || display.hidden || a === undefined || b === undefined) return;
    lines.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${display.color}" stroke-width="${renderer.scaleSize(display.size).toFixed(2)}"/>`,
    );
  });
  const labels = renderer.getNodeDisplayedLabels();
  const nodes: string[] = [];
  graph.forEachNode((node, attributes) => {
    const point = at(node);
    if (point === undefined) return;
    const r = point.size.toFixed(1);
    nodes.push(
      attributes.type !== 'square'
        ? `<circle cx="${point.x.toFixed(1)}" cy="${point.y.toFixed(1)}" r="${r}" fill="${attributes.type === 'ring' ? '#ffffff' : point.color}" stroke="${point.color}" stroke-width="${attributes.type === 'ring' ? (point.size * 0.35).toFixed(1) : 0}"/>`
        : `<rect x="${(point.x - point.size).toFixed(1)}" y="${(point.y - point.size).toFixed(1)}" width="${(2 * point.size).toFixed(1)}" height="${(2 * point.size).toFixed(1)}" fill="${point.color}"/>`,
    );
    if (labels.has(node) && point.label)
      nodes.push(
        `<text x="${(point.x + point.size + 3).toFixed(1)}" y="${(point.y + 4).toFixed(1)}" font-family="sans-serif" font-size="12">${escape(point.label)}</text>`,
      );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#ffffff"/>${lines.join('')}${nodes.join('')}</svg>`;
}
