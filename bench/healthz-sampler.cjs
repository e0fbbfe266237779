// Samples GET /healthz every 20 ms in its own process, so that the benchmark's own work (receiving and
// parsing the large answers it asked for) does not delay the samples; on SIGTERM it prints the
// latencies in milliseconds as a JSON array and exits.
//   node bench/healthz-sampler.cjs http://127.0.0.1:PORT
'use strict';
const { performance } = require('node:perf_hooks');
const { setTimeout: sleep } = require('node:timers/promises');
const baseUrl = process.argv[2];
const latencies = [];
let running = true;
process.on('SIGTERM', () => {
  running = false;
});
(async () => {
  process.send?.('started');
  while (running) {
    const started = performance.now();
    await globalThis.fetch(`${baseUrl}/healthz`).then((response) => response.arrayBuffer());
    latencies.push(performance.now() - started);
    await sleep(20);
  }
  process.stdout.write(JSON.stringify(latencies));
})();
