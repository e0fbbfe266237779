import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogFormat, LogLevel } from '../config/config';

/**
 * The API's logger: JSON lines for machines (log collectors, `LOG_FORMAT=json`), one short coloured
 * line per event for a person at a terminal (`LOG_FORMAT=pretty`, the default on a TTY).
 */
export function createLogger(options: {
  level: LogLevel;
  format: LogFormat;
  /** Where lines go. Default: standard output. */
  destination?: NodeJS.WritableStream;
}): Logger {
  const destination = options.destination ?? process.stdout;
  const isTerminal = (destination as { isTTY?: boolean }).isTTY === true;
  const usePretty = options.format === 'pretty' || (options.format === 'auto' && isTerminal);
  if (!usePretty) return pino({ level: options.level }, destination);
  // A stream in this thread, not a worker-thread transport (which would outlive a CLI that exits).
  return pino(
    { level: options.level },
    pretty({
      destination,
      colorize: isTerminal,
      translateTime: 'SYS:HH:MM:ss',
      // A request line reads "GET /graphql 200 12.3 ms"; its fields are in the message, so they are
      // left out below it. Anything else (an error's message and stack) is printed under the line.
      messageFormat: '{if method}{method} {path} {status} {durationMillis} ms{end}{msg}',
      ignore: 'pid,hostname,requestId,method,path,status,durationMillis',
    }),
  );
}
