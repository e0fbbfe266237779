import 'reflect-metadata';
import { CommanderError } from 'commander';
import { ErrorCode, EXIT_CODE_BY_ERROR } from '../errors/error-codes';
import { classifyError } from '../errors/classify-error';
import { buildProgram } from './program';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the version is package.json's
const { version } = require('../../package.json') as { version: string };

/** Commander's outcomes that are not usage errors: help or the version was asked for. */
const ANSWERED = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** Runs the command line; returns the exit code (see src/errors/error-codes.ts). */
export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const program = buildProgram(version, (exitCode) => (code = exitCode));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (ANSWERED.has(error.code)) return 0;
      // A usage error (unknown command, option or value; a missing argument): one line, exit 2.
      const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
      const command = program.commands.find((c) => c.name() === argv[0]);
      const help = command === undefined ? 'quartiersnetz --help' : `quartiersnetz ${command.name()} --help`;
      console.error(`quartiersnetz: ${ErrorCode.BAD_USER_INPUT}: ${message} (see "${help}")`);
      return EXIT_CODE_BY_ERROR[ErrorCode.BAD_USER_INPUT];
    }
    // One line naming the code (a database that is down, a GraphQL error of a service, a failed import
    // alike); the exit code says the class of failure.
    const classified = classifyError(error);
    console.error(`quartiersnetz: ${classified.code}: ${classified.message}`);
    // Only a bug (nothing classified it) shows where it happened, for the report.
    if (
      classified.code === ErrorCode.INTERNAL_SERVER_ERROR &&
      error instanceof Error &&
      error.stack !== undefined
    )
      console.error(error.stack.split('\n').slice(1).join('\n'));
    return (
      EXIT_CODE_BY_ERROR[classified.code as ErrorCode] ?? EXIT_CODE_BY_ERROR[ErrorCode.INTERNAL_SERVER_ERROR]
    );
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
