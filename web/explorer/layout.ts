// ForceAtlas2 (Jacomy et al. 2014, the layout of Gephi) on the drawn graph. Small networks are laid out
// at once; larger ones in a web worker for a time budget while sigma.js draws every step, so the page
// answers from the first frame on. Nodes seeded where they were before keep the picture stable.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { NetworkGraph } from './network-graph';

export const LAYOUT_DEFAULTS = {
  /** Up to this many nodes the layout runs synchronously (a few milliseconds per iteration). */
  synchronousUpTo: 400,
  iterations: 200,
  /** The worker runs this long, plus a millisecond per node, then stops. */
  workerMillis: 1500,
};

export interface RunningLayout {
  /** Resolves when the layout has stopped (finished, budget spent or cancelled). */
  readonly done: Promise<void>;
  cancel(): void;
}

export function layOut(graph: NetworkGraph): RunningLayout {
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > LAYOUT_DEFAULTS.synchronousUpTo,
    // Strong ties pull harder, but a hub's hundred weak ties should not crush it into its neighbours.
    edgeWeightInfluence: 0.5,
    adjustSizes: false,
  };
  if (graph.order <= LAYOUT_DEFAULTS.synchronousUpTo) {
    forceAtlas2.assign(graph, { iterations: LAYOUT_DEFAULTS.iterations, settings, getEdgeWeight: 'weight' });
    return { done: Promise.resolve(), cancel: () => undefined };
  }
  const supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: 'weight' });
  supervisor.start();
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const stop = () => {
    clearTimeout(timer);
    supervisor.kill();
    finish();
  };
  const timer = setTimeout(stop, LAYOUT_DEFAULTS.workerMillis + graph.order);
  return { done, cancel: stop };
}
