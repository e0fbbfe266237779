// Preloaded into the API process by the load benchmark (node -r): measures event-loop delay from
// SIGUSR2 (start of the load) and, at exit, writes it with the peak RSS (VmHWM) to QN_LOAD_PROBE_OUT.
'use strict';
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { readFileSync, writeFileSync } = require('node:fs');

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
process.on('SIGUSR2', () => histogram.reset());
process.on('exit', () => {
  const status = readFileSync('/proc/self/status', 'utf8');
  const peakKiB = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  const millis = (nanos) => Math.round((nanos / 1e6) * 100) / 100;
  writeFileSync(
    process.env.QN_LOAD_PROBE_OUT,
    JSON.stringify({
      peakRssMiB: Math.round(peakKiB / 1024),
      eventLoopDelayMillis: {
        mean: millis(histogram.mean),
        p50: millis(histogram.percentile(50)),
        p99: millis(histogram.percentile(99)),
        max: millis(histogram.max),
      },
    }),
  );
});
