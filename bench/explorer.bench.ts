/**
 * The explorer at real size (issue 16): the co-creation network of a size-M graph (13 000 actors) with
 * 5 000 nodes and up to 25 000 ties, opened in headless Chromium (Debian's, software WebGL). Measures
 * the time from navigation to the answer and to the first frame with every node drawn, the layout
 * time (ForceAtlas2 in a web worker, bounded), and frames per second while the camera pans and zooms
 * (requestAnimationFrame counts). Writes the explorer section of BENCHMARKS.md.
 *
 *   npm run bench:explorer
 */
import 'reflect-metadata';
import { importSyntheticNetwork } from '../src/generate/import-synthetic-network';
import { NETWORK_SIZES } from '../src/generate/network-sizes';
import { launchBrowser } from '../test/utils/browser';
import { ensureBuilt, startApiProcess } from './api-process';
import { machineDescription, openBenchEnvironment, writeBenchmarkSection } from './bench-environment';

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const RUNS = 3;
const MAX_NODES = 5000;
/** Targets of issue 16. */
const TARGETS = { drawnMillis: 3000, fps: 30 };

interface Run {
  answerMillis: number;
  drawnMillis: number;
  laidOutMillis: number;
  nodes: number;
  edges: number;
  fps: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

async function main(): Promise<void> {
  ensureBuilt(log);
  const env = await openBenchEnvironment(log, { heapSize: '4g', pageCacheSize: '2g' });
  const runs: Run[] = [];
  try {
    log(`Generating and importing size M (${NETWORK_SIZES.M} actors)...`);
    await importSyntheticNetwork({ driver: env.driver, actors: NETWORK_SIZES.M, seed: 1 });
    // The explorer is on (production turns it off); the cache is off so every run is computed afresh.
    const api = await startApiProcess(env, {
      LOG_LEVEL: 'warn',
      PLAYGROUND: 'true',
      ANALYTICS_CACHE_MB: '0',
    });
    const browser = await launchBrowser();
    try {
      for (let run = 1; run <= RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(`${api.baseUrl}/explore/?view=co-creation&max=${MAX_NODES}&panel=closed`);
        await page.waitForSelector('#graph[data-state="ready"]', { timeout: 300_000 });
        const marks = await page.evaluate(() => {
          const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
          const { graph } = (window as unknown as { explorer: { graph: { order: number; size: number } } })
            .explorer;
          return {
            answer: at('qn:answer'),
            drawn: at('qn:drawn'),
            laidOut: at('qn:laid-out'),
            nodes: graph.order,
            edges: graph.size,
          };
        });
        // Pan and zoom for three seconds while counting frames.
        const fps = await page.evaluate(async () => {
          const camera = (
            window as unknown as {
              explorer: {
                renderer: {
                  getCamera(): { setState(state: { x?: number; y?: number; ratio?: number }): void };
                };
              };
            }
          ).explorer.renderer.getCamera();
          const millis = 3000;
          let frames = 0;
          const started = performance.now();
          await new Promise<void>((resolve) => {
            const step = (now: number) => {
              const t = (now - started) / millis;
              camera.setState({
                x: 0.5 + 0.2 * Math.sin(2 * Math.PI * t),
                y: 0.5 + 0.2 * Math.cos(2 * Math.PI * t),
                ratio: 1 - 0.7 * Math.sin(Math.PI * t),
              });
              frames++;
              if (now - started < millis) requestAnimationFrame(step);
              else resolve();
            };
            requestAnimationFrame(step);
          });
          return (frames * 1000) / (performance.now() - started);
        });
        const figures: Run = {
          answerMillis: marks.answer,
          drawnMillis: marks.drawn,
          laidOutMillis: marks.laidOut,
          nodes: marks.nodes,
          edges: marks.edges,
          fps,
        };
        log(
          `  run ${run}: ${figures.nodes} nodes, ${figures.edges} edges; answer ${figures.answerMillis.toFixed(0)} ms, drawn ${figures.drawnMillis.toFixed(0)} ms, laid out ${figures.laidOutMillis.toFixed(0)} ms, ${figures.fps.toFixed(1)} fps`,
        );
        runs.push(figures);
        await page.close();
      }
    } finally {
      await browser.close();
      await api.stop();
    }
  } finally {
    await env.close();
  }
  const drawn = median(runs.map((r) => r.drawnMillis));
  const fps = median(runs.map((r) => r.fps));
  writeBenchmarkSection(
    'explorer',
    [
      '## The explorer at size M (issue 16)',
      '',
      machineDescription(),
      `- Date: ${new Date().toISOString().slice(0, 10)}; Chromium headless (software WebGL, no GPU); ${RUNS} runs, medians`,
      '- Reproduce: `npm run bench:explorer` (generates and imports size M into a fresh local Neo4j)',
      '',
      `\`/explore/?view=co-creation&max=${MAX_NODES}\` on the whole size-M graph, analytics cache off (every run computed afresh).`,
      '"Drawn" is navigation to the first frame with every node and tie of the answer; the ForceAtlas2 layout then',
      'runs in a web worker for a bounded time while sigma.js draws each step. Frames per second while the camera',
      'pans and zooms for 3 s, counted with requestAnimationFrame.',
      '',
      '| nodes | ties | answer (ms) | drawn (ms) | laid out (ms) | pan/zoom (fps) |',
      '|---|---|---|---|---|---|',
      `| ${runs[0]?.nodes ?? 0} | ${runs[0]?.edges ?? 0} | ${median(runs.map((r) => r.answerMillis)).toFixed(0)} | ${drawn.toFixed(0)} | ${median(runs.map((r) => r.laidOutMillis)).toFixed(0)} | ${fps.toFixed(1)} |`,
      '',
      `Targets: drawn <= ${TARGETS.drawnMillis} ms (${drawn <= TARGETS.drawnMillis ? 'met' : 'missed'}), >= ${TARGETS.fps} fps (${fps >= TARGETS.fps ? 'met' : 'missed'}).`,
    ].join('\n'),
  );
  log('Wrote the explorer section of BENCHMARKS.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
