import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/create-logger';

function sink(isTTY: boolean): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  }) as Writable & { isTTY?: boolean };
  stream.isTTY = isTTY;
  return { stream, text: () => chunks.join('') };
}

/** ANSI colour sequences (ESC [ ... m), which pino-pretty writes on a terminal. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

const REQUEST = { requestId: 'r1', method: 'GET', path: '/graphql', status: 200, durationMillis: 12.5 };

describe('createLogger: JSON for machines, one short line for people', () => {
  it('writes JSON lines when the output is not a terminal (auto)', () => {
    const out = sink(false);
    createLogger({ level: 'info', format: 'auto', destination: out.stream }).info(REQUEST);
    expect(JSON.parse(out.text())).toMatchObject(REQUEST);
  });

  it('writes one readable line on a terminal (auto) and when asked (pretty)', () => {
    for (const [format, isTTY] of [
      ['auto', true],
      ['pretty', false],
    ] as const) {
      const out = sink(isTTY);
      createLogger({ level: 'info', format, destination: out.stream }).info(REQUEST);
      const text = out.text().replace(ANSI_COLOUR, '');
      expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: GET \/graphql 200 12\.5 ms\n$/);
    }
  });

  it('shows the message and stack of an error under its line (pretty)', () => {
    const out = sink(true);
    const logger = createLogger({ level: 'info', format: 'pretty', destination: out.stream });
    logger.error({ err: new Error('the driver went away') }, 'unexpected error');
    const text = out.text().replace(ANSI_COLOUR, '');
    expect(text).toMatch(/ERROR: unexpected error\n/);
    expect(text).toContain('the driver went away');
    expect(text).toMatch(/at .*create-logger\.test\.ts/);
  });

  it('writes JSON on a terminal when asked (json)', () => {
    const out = sink(true);
    createLogger({ level: 'info', format: 'json', destination: out.stream }).info(REQUEST);
    expect(JSON.parse(out.text())).toMatchObject(REQUEST);
  });
});
