import { createServer, Socket } from 'node:net';

const POLL_INTERVAL_MILLIS = 200;

/** True when nothing listens on `port` of 127.0.0.1 and we could bind it. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const probe = new Socket();
    probe.setTimeout(500);
    probe.once('connect', () => {
      probe.destroy();
      resolvePromise(false);
    });
    const tryListen = () => {
      probe.destroy();
      const server = createServer();
      server.once('error', () => resolvePromise(false));
      server.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
        server.close(() => resolvePromise(true)),
      );
    };
    probe.once('error', tryListen);
    probe.once('timeout', tryListen);
    probe.connect(port, '127.0.0.1');
  });
}

/** True once the port is free, checking again until `waitMillis` has passed. */
export async function waitForFreePort(port: number, waitMillis: number): Promise<boolean> {
  const deadline = Date.now() + waitMillis;
  for (;;) {
    if (await isPortFree(port)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolvePromise) => setTimeout(resolvePromise, POLL_INTERVAL_MILLIS));
  }
}

/** A free TCP port on 127.0.0.1, chosen by the kernel, other than the ports in `taken`. */
export async function findFreePort(taken: readonly number[] = []): Promise<number> {
  for (;;) {
    const port = await kernelChosenPort();
    if (!taken.includes(port)) return port;
  }
}

function kernelChosenPort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}
