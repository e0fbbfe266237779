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
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, webGlRenderer, type SoftwareGl } from '../test/utils/browser';
import { ensureBuilt, startApiProcess } from './api-process';
import { machineDescription, openBenchEnvironment, writeBenchmarkSection } from './bench-environment';

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const RUNS = 3;
const MAX_NODES = 5000;
/** Targets of issue 16. */
const TARGETS = { drawnMillis: 3000, fps: 30 };
/** How long each gesture lasts while frames are counted. */
const GESTURE_MILLIS = 1500;

interface Run {
  answerMillis: number;
  drawnMillis: number;
  laidOutMillis: number;
  nodes: number;
  edges: number;
  /** Frames per second while the mouse drags the view around, then while the wheel zooms. */
  panFps: number;
  zoomFps: number;
  /** Frames per second with the camera still (every tie drawn each frame). */
  stillFps: number;
}

type Phase = 'cold' | 'cached' | 'cached, llvmpipe';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Starts counting animation frames in the page; the returned function stops and gives frames per second. */
async function countFrames(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counter = { frames: 0, started: performance.now(), running: true };
    (window as unknown as { frameCounter: typeof counter }).frameCounter = counter;
    const step = () => {
      counter.frames++;
      if (counter.running) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  return () =>
    page.evaluate(() => {
      const counter = (
        window as unknown as { frameCounter: { frames: number; started: number; running: boolean } }
      ).frameCounter;
      counter.running = false;
      return (counter.frames * 1000) / (performance.now() - counter.started);
    });
}

/** Redraws every frame for a while with the camera still: what drawing every tie costs. */
async function stillFps(page: Page): Promise<number> {
  return page.evaluate(async (millis) => {
    const { renderer } = (window as unknown as { explorer: { renderer: { refresh(): void } } }).explorer;
    let frames = 0;
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        renderer.refresh();
        frames++;
        if (now - started < millis) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    return (frames * 1000) / (performance.now() - started);
  }, GESTURE_MILLIS);
}

/** One visit: open the overview, wait until it is drawn and laid out, then pan, zoom and hold still. */
async function visit(browser: Browser, baseUrl: string): Promise<Run> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`${baseUrl}/explore/?view=co-creation&max=${MAX_NODES}&panel=closed`);
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
    const box = await page.locator('#graph').boundingBox();
    if (box === null) throw new Error('the graph container is not visible');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // A user's pan: press on the stage and drag in a circle.
    let stop = await countFrames(page);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    const panStarted = Date.now();
    while (Date.now() - panStarted < GESTURE_MILLIS) {
      const angle = ((Date.now() - panStarted) / GESTURE_MILLIS) * 2 * Math.PI;
      await page.mouse.move(centre.x + 150 * Math.cos(angle), centre.y + 150 * Math.sin(angle), { steps: 1 });
    }
    await page.mouse.up();
    const panFps = await stop();
    // A user's zoom: wheel in, then out.
    stop = await countFrames(page);
    const zoomStarted = Date.now();
    while (Date.now() - zoomStarted < GESTURE_MILLIS) {
      await page.mouse.wheel(0, Date.now() - zoomStarted < GESTURE_MILLIS / 2 ? -120 : 120);
      await page.waitForTimeout(30);
    }
    const zoomFps = await stop();
    return {
      answerMillis: marks.answer,
      drawnMillis: marks.drawn,
      laidOutMillis: marks.laidOut,
      nodes: marks.nodes,
      edges: marks.edges,
      panFps,
      zoomFps,
      stillFps: await stillFps(page),
    };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  ensureBuilt(log);
  const env = await openBenchEnvironment(log, { heapSize: '4g', pageCacheSize: '2g' });
  const runs: Record<Phase, Run[]> = { cold: [], cached: [], 'cached, llvmpipe': [] };
  const renderers: Partial<Record<SoftwareGl, string>> = {};
  const measure = async (phase: Phase, browser: Browser, baseUrl: string) => {
    for (let run = 1; run <= RUNS; run++) {
      const figures = await visit(browser, baseUrl);
      log(
        `  ${phase} run ${run}: ${figures.nodes} nodes, ${figures.edges} edges; answer ${figures.answerMillis.toFixed(0)} ms, drawn ${figures.drawnMillis.toFixed(0)} ms, laid out ${figures.laidOutMillis.toFixed(0)} ms; pan ${figures.panFps.toFixed(1)} fps, zoom ${figures.zoomFps.toFixed(1)} fps, still ${figures.stillFps.toFixed(1)} fps`,
      );
      runs[phase].push(figures);
    }
  };
  try {
    log(`Generating and importing size M (${NETWORK_SIZES.M} actors)...`);
    await importSyntheticNetwork({ driver: env.driver, actors: NETWORK_SIZES.M, seed: 1 });
    const browser = await launchBrowser();
    renderers.swiftshader = await webGlRenderer(browser);
    try {
      // The explorer is on (production turns it off). Cold: the analytics cache is off, so every visit
      // computes the network and its layout afresh; cached: the default cache, after one warm-up visit.
      for (const phase of ['cold', 'cached'] as const) {
        const api = await startApiProcess(env, {
          LOG_LEVEL: 'warn',
          PLAYGROUND: 'true',
          ...(phase === 'cold' ? { ANALYTICS_CACHE_MB: '0' } : {}),
        });
        try {
          if (phase === 'cached') {
            log('  warm-up visit');
            await visit(browser, api.baseUrl);
          }
          await measure(phase, browser, api.baseUrl);
          // The same cached visits drawn by Mesa's llvmpipe, where this machine has it.
          if (phase === 'cached') {
            const mesa = await launchBrowser('llvmpipe');
            try {
              renderers.llvmpipe = await webGlRenderer(mesa);
              if (renderers.llvmpipe.includes('llvmpipe'))
                await measure('cached, llvmpipe', mesa, api.baseUrl);
              else log(`  no llvmpipe here (WebGL renderer: ${renderers.llvmpipe})`);
            } finally {
              await mesa.close();
            }
          }
        } finally {
          await api.stop();
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    await env.close();
  }
  const row = (phase: Phase) => {
    const of = (pick: (run: Run) => number) => median(runs[phase].map(pick));
    return `| ${phase} | ${runs[phase][0]?.nodes ?? 0} | ${runs[phase][0]?.edges ?? 0} | ${of((r) => r.answerMillis).toFixed(0)} | ${of((r) => r.drawnMillis).toFixed(0)} | ${of((r) => r.laidOutMillis).toFixed(0)} | ${of((r) => r.panFps).toFixed(1)} | ${of((r) => r.zoomFps).toFixed(1)} | ${of((r) => r.stillFps).toFixed(1)} |`;
  };
  const phases = (Object.keys(runs) as Phase[]).filter((phase) => runs[phase].length > 0);
  const verdict = (phase: Phase) => {
    const drawn = median(runs[phase].map((r) => r.drawnMillis));
    const fps = Math.min(median(runs[phase].map((r) => r.panFps)), median(runs[phase].map((r) => r.zoomFps)));
    return `${phase}: drawn ${drawn <= TARGETS.drawnMillis ? 'met' : 'missed'}, pan/zoom ${fps >= TARGETS.fps ? 'met' : 'missed'}`;
  };
  writeBenchmarkSection(
    'explorer',
    [
      '## The explorer at size M (issue 16)',
      '',
      machineDescription(),
      `- Chromium headless, no GPU; ${RUNS} runs per phase, medians. WebGL by SwiftShader (\`${renderers.swiftshader ?? '?'}\`)${renderers.llvmpipe?.includes('llvmpipe') === true ? `; the last phase by Mesa's llvmpipe (\`${renderers.llvmpipe}\`)` : ''}`,
      '- Reproduce: `npm run bench:explorer` (generates and imports size M into a fresh local Neo4j)',
      '',
      `\`/explore/?view=co-creation&max=${MAX_NODES}\` on the whole size-M graph. Cold: analytics cache off, so every`,
      'visit computes the network and its seeded ForceAtlas2 layout (in an API worker thread); cached: the default',
      'cache, after one warm-up visit (what every later visitor of the same graph version gets). "Answer" and "drawn"',
      'are navigation to the answer and to the first frame with every node and tie; "laid out" adds the layout in the',
      'page, which a fresh overview no longer needs. Frames per second are counted with requestAnimationFrame while',
      `the mouse drags the view in a circle (${GESTURE_MILLIS} ms), while the wheel zooms in and out, and while every frame is`,
      'redrawn with the camera still (every tie drawn; the moving camera draws nodes only above 5 000 ties).',
      '',
      '| phase | nodes | ties | answer (ms) | drawn (ms) | laid out (ms) | pan (fps) | zoom (fps) | still (fps) |',
      '|---|---|---|---|---|---|---|---|---|',
      ...phases.map(row),
      '',
      `Targets: drawn <= ${TARGETS.drawnMillis} ms, pan/zoom >= ${TARGETS.fps} fps. ${phases.map(verdict).join('; ')}.`,
    ].join('\n'),
  );
  log('Wrote the explorer section of BENCHMARKS.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
