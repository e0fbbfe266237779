// Drawing the network with sigma.js 3 (WebGL): node colour and shape by the state, labels that do not
// collide (sigma's label grid) with the hovered, selected and largest nodes always labelled, hover
// highlighting the neighbourhood and dimming the rest, arrows on directed relations, relation
// captions on hover and selection, edge width by weight.
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import { EdgeCurvedArrowProgram, indexParallelEdgesIndex } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import { redrawPickingIfStale, withoutPickingWhileDragging } from './picking-while-dragging';
import type { ExplorerState, View } from './explorer-state';
import { drawNodeHover, drawNodeLabel } from './node-label';
import {
  RELATION_WORDS,
  SECTOR_WORDS,
  TYPE_WORDS,
  UI_WORDS,
  categoricalColour,
  fill,
  isActorType,
  neutralColour,
  sectorColour,
  word,
  type Shape,
} from './labels';
import {
  communityMembers,
  shortName,
  type EdgeData,
  type NetworkGraph,
  type NodeData,
} from './network-graph';

export interface LegendEntry {
  colour: string;
  label: string;
  count: number;
}

/** Nodes labelled whatever the zoom: the largest few, so a first look already names the hubs. */
const ALWAYS_LABELLED = 6;
const DIMMED = '#e6e6e6';
const SELECTED = '#E7298A';

/** Sets colour, size, shape and label of every node and edge from the state; returns the legend. */
export function styleGraph(graph: NetworkGraph, state: ExplorerState, view: View): LegendEntry[] {
  const language = state.language;
  const metric = (node: NodeData) =>
    state.sizeBy === 'none' ? 0 : Number((state.sizeBy === 'degree' ? node.degree : node.betweenness) ?? 0);
  let max = 0;
  graph.forEachNode((_, node) => (max = Math.max(max, metric(node))));
  const legend = new Map<string, LegendEntry>();
  const count = (label: string, colour: string) => {
    const entry = legend.get(label) ?? { label, colour, count: 0 };
    entry.count++;
    legend.set(label, entry);
  };
  const typeOrder = typesByCount(graph);
  const names = communityMembers(graph);
  graph.updateEachNodeAttributes((_, node) => {
    let colour: string;
    if (state.colourBy === 'type') {
      colour = categoricalColour(typeOrder.indexOf(node.entityType));
      count(word(TYPE_WORDS[node.entityType], language, node.entityType), colour);
    } else if (state.colourBy === 'community' && node.community !== null && node.community !== undefined) {
      colour = categoricalColour(node.community);
      const members = names.get(node.community) ?? [];
      count(
        node.community < 8
          ? fill(UI_WORDS.community[language], { names: members.join(', ') })
          : language === 'de'
            ? 'kleinere Gemeinschaften'
            : 'smaller communities',
        colour,
      );
    } else if (isActorType(node.entityType)) {
      // Sector colours are for actors only; a person of several sectors is said to be so.
      const several = node.sector === null && node.sectors.length > 1;
      colour = sectorColour(node.sector ?? null, several);
      count(
        several
          ? word(UI_WORDS.severalSectors, language, 'several sectors')
          : node.sector
            ? word(SECTOR_WORDS[node.sector], language, node.sector)
            : word(UI_WORDS.noSector, language, 'sector not stated'),
        colour,
      );
    } else {
      colour = neutralColour(node.entityType);
      count(word(TYPE_WORDS[node.entityType], language, node.entityType), colour);
    }
    const value = metric(node);
    return {
      ...node,
      color: colour,
      size: state.sizeBy === 'none' || max === 0 ? 6 : 4 + 14 * Math.sqrt(value / max),
      label: shortName(node.name),
      forceLabel: false,
    };
  });
  // The largest nodes and the centre of an ego network are always labelled.
  const bySize = graph
    .nodes()
    .sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size'));
  for (const key of bySize.slice(0, ALWAYS_LABELLED)) graph.setNodeAttribute(key, 'forceLabel', true);
  if (view === 'ego' && state.centre !== null && graph.hasNode(state.centre))
    graph.mergeNodeAttributes(state.centre, { forceLabel: true, highlighted: true });

  let maxWeight = 1;
  graph.forEachEdge((_, edge) => (maxWeight = Math.max(maxWeight, edge.weight)));
  if (view === 'ego')
    indexParallelEdgesIndex(graph as never, {
      edgeIndexAttribute: 'parallelIndex',
      edgeMaxIndexAttribute: 'parallelMaxIndex',
    });
  graph.updateEachEdgeAttributes((_, edge) => {
    const parallel = edge as EdgeData & { parallelIndex?: number | null; parallelMaxIndex?: number | null };
    const curvature =
      typeof parallel.parallelIndex === 'number' && parallel.parallelIndex !== 0
        ? (0.35 * parallel.parallelIndex) / Math.max(1, Math.abs(parallel.parallelMaxIndex ?? 1))
        : 0;
    return {
      ...edge,
      // Relations are directed (arrows); co-creation ties are not.
      type: view === 'ego' ? (curvature === 0 ? 'arrow' : 'curvedArrow') : 'line',
      curvature,
      size: maxWeight <= 1 ? 1 : 0.8 + 4 * ((edge.weight - 1) / (maxWeight - 1)),
      color: view === 'ego' ? '#a9a9a9' : '#c4c4c4',
      label:
        view === 'ego'
          ? word(RELATION_WORDS[edge.relation], language, edge.relation)
          : `${edge.weight} ${word(RELATION_WORDS.CO_CREATION, language, 'shared contexts')}`,
    };
  });
  return [...legend.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function typesByCount(graph: NetworkGraph): string[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_, node) => counts.set(node.entityType, (counts.get(node.entityType) ?? 0) + 1));
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type]) => type);
}

export interface NetworkViewHandlers {
  onNode(key: string): void;
  onEdge(key: string): void;
  onNodeDoubleClick(key: string): void;
  onStage(): void;
}

export interface NetworkView {
  readonly renderer: Sigma<NodeData, EdgeData>;
  show(graph: NetworkGraph): void;
  select(selection: { node?: string | null; edge?: string | null }): void;
  refresh(): void;
}

export const SHAPE_PROGRAMS: Record<Shape, unknown> = {
  circle: withoutPickingWhileDragging(NodeCircleProgram),
  square: withoutPickingWhileDragging(NodeSquareProgram),
  // A ring: the colour as a border around a white disc.
  ring: withoutPickingWhileDragging(
    createNodeBorderProgram({
      borders: [
        { size: { value: 0.35 }, color: { attribute: 'color' } },
        { size: { fill: true }, color: { value: '#ffffff' } },
      ],
    }),
  ),
};

/** Sizes above which drawing trades detail for frame rate. */
export const LARGE_NETWORK = {
  /** Ties above which edges are not pickable (hover and click on a tie). */
  edgeEvents: 20_000,
  /** Ties above which edges are hidden while the camera moves. */
  edgesOnMove: 5000,
  /** Nodes above which labels are hidden while the camera moves. */
  labelsOnMove: 2000,
  /**
   * A focus with more neighbours than this labels itself only (the label grid picks among the rest),
   * and its ties get no captions: a hub's hundreds of forced labels overlap into an unreadable block,
   * and drawing them made every hover frame of a 5 000-node network cost some 300 ms.
   */
  labelledNeighbours: 40,
} as const;

export function createNetworkView(
  container: HTMLElement,
  graph: NetworkGraph,
  handlers: NetworkViewHandlers,
): NetworkView {
  let hovered: string | null = null;
  let selectedNode: string | null = null;
  let selectedEdge: string | null = null;
  let near = new Set<string>();
  const focusOf = () => hovered ?? selectedNode;
  const updateNear = () => {
    const focus = focusOf();
    const current = renderer.getGraph() as NetworkGraph;
    near = focus !== null && current.hasNode(focus) ? new Set(current.neighbors(focus)) : new Set();
    // Sigma looks at every tie for captions on every frame: in a large network only while a focus
    // with few neighbours has some to show.
    const captions =
      current.size <= LARGE_NETWORK.edgesOnMove ||
      (focus !== null && near.size <= LARGE_NETWORK.labelledNeighbours);
    if (renderer.getSetting('renderEdgeLabels') !== captions)
      renderer.setSetting('renderEdgeLabels', captions);
  };

  const renderer = new Sigma<NodeData, EdgeData>(graph, container, {
    nodeProgramClasses: SHAPE_PROGRAMS as never,
    edgeProgramClasses: {
      line: EdgeRectangleProgram,
      arrow: EdgeArrowProgram,
      curvedArrow: EdgeCurvedArrowProgram,
    } as never,
    defaultEdgeType: 'line',
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelDensity: 0.5,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    labelFont: 'system-ui, sans-serif',
    defaultDrawNodeLabel: drawNodeLabel,
    defaultDrawNodeHover: drawNodeHover,
    edgeLabelSize: 11,
    allowInvalidContainer: true,
    nodeReducer: (node, data) => {
      const result: Partial<NodeData> & { hidden?: boolean } = { ...data };
      const focus = focusOf();
      if (focus !== null) {
        if (node === focus || near.has(node)) {
          result.forceLabel = node === focus || near.size <= LARGE_NETWORK.labelledNeighbours;
          result.zIndex = 2;
        } else {
          result.color = DIMMED;
          result.label = '';
          result.forceLabel = false;
          result.zIndex = 0;
        }
      }
      if (node === selectedNode || node === hovered) result.highlighted = true;
      return result;
    },
    edgeReducer: (edge, data) => {
      const current = renderer.getGraph() as NetworkGraph;
      const result: Partial<EdgeData> & { hidden?: boolean; zIndex?: number } = { ...data, label: '' };
      const focus = focusOf();
      if (edge === selectedEdge) {
        return { ...data, color: SELECTED, size: data.size + 1.5, zIndex: 3 };
      }
      if (focus !== null) {
        if (current.hasExtremity(edge, focus)) {
          if (near.size <= LARGE_NETWORK.labelledNeighbours) result.label = data.label;
          result.color = '#555555';
          result.zIndex = 2;
        } else {
          result.color = '#f2f2f2';
          result.zIndex = 0;
        }
      }
      return result;
    },
  });
  // Hovering restyles every node and tie (the reducers run again): while the mouse is down, the
  // pointer crosses node after node as the stage lags behind it, so the hover waits for the mouse to
  // come up. Refreshing on each crossing held a pan of 5 000 nodes at 1-2 frames per second.
  const mouse = renderer.getMouseCaptor();
  let pendingHover: { node: string | null } | null = null;
  const hover = (node: string | null) => {
    container.style.cursor = node === null ? '' : 'pointer';
    if (mouse.isMouseDown) {
      pendingHover = { node };
      return;
    }
    hovered = node;
    updateNear();
    renderer.refresh({ skipIndexation: true });
  };
  renderer.on('enterNode', ({ node }) => hover(node));
  renderer.on('leaveNode', () => hover(null));
  mouse.on('mouseup', () => {
    const pending = pendingHover;
    pendingHover = null;
    if (pending !== null) hover(pending.node);
    else redrawPickingIfStale(renderer);
  });
  renderer.on('clickNode', ({ node }) => handlers.onNode(node));
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    handlers.onNodeDoubleClick(node);
  });
  renderer.on('clickEdge', ({ edge }) => handlers.onEdge(edge));
  renderer.on('clickStage', () => handlers.onStage());

  return {
    renderer,
    show(next) {
      hovered = null;
      pendingHover = null;
      selectedEdge = null;
      if (selectedNode !== null && !next.hasNode(selectedNode)) selectedNode = null;
      renderer.setGraph(next);
      // Edge picking costs a framebuffer pass per frame: off for the largest networks. While the camera
      // moves, large networks draw their nodes only (Gephi Lite and Bloom do the same): panning thousands
      // of ties at once is what drops the frame rate, and the ties come back the frame the camera stops.
      renderer.setSetting('enableEdgeEvents', next.size <= LARGE_NETWORK.edgeEvents);
      renderer.setSetting('hideEdgesOnMove', next.size > LARGE_NETWORK.edgesOnMove);
      renderer.setSetting('hideLabelsOnMove', next.order > LARGE_NETWORK.labelsOnMove);
      updateNear();
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    },
    select({ node, edge }) {
      if (node !== undefined) selectedNode = node;
      if (edge !== undefined) selectedEdge = edge;
      updateNear();
      renderer.refresh({ skipIndexation: true });
    },
    refresh() {
      updateNear();
      renderer.refresh();
    },
  };
}
