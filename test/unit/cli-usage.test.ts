import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_CODE_BY_ERROR, ErrorCode } from '../../src/errors/error-codes';
import { runCli } from '../utils/run-cli';

// Issue 17: `up --help`, `serve --help` and `migrate --help` ignored --help and ran (`up --help`
// applied migrations and crashed with EADDRINUSE). Every command must answer --help and do nothing else.
describe('the command line: help, version and usage errors', () => {
  let home: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'qn-cli-usage-'));
    env = {
      PATH: process.env.PATH ?? '',
      HOME: home,
      // Nothing may be reached: a command that ran would fail to connect or create the data directory.
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_DATA_DIR: join(home, 'neo4j-data'),
      PORT: '1',
    };
  });

  afterEach(() => rmSync(home, { recursive: true, force: true }));

  const COMMANDS = [
    'up',
    'serve',
    'db',
    'migrate',
    'draft',
    'import',
    'export-case-study',
    'export',
    'generate',
  ];

  it.each(COMMANDS)('%s --help prints its usage, exits 0 and does nothing else', (command) => {
    const result = runCli([command, '--help'], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: quartiersnetz ${command} `);
    expect(result.stderr).toBe('');
    expect(existsSync(join(home, 'neo4j-data'))).toBe(false);
  });

  it('help <command> is the same as <command> --help, and the bare program lists every command', () => {
    expect(runCli(['help', 'import'], env).stdout).toBe(runCli(['import', '--help'], env).stdout);
    const overview = runCli(['--help'], env);
    expect(overview.status).toBe(0);
    for (const command of COMMANDS) expect(overview.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('--version prints the package version', () => {
    const result = runCli(['--version'], env);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string })
        .version,
    );
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate' \(see "quartiersnetz --help"\)$/],
    [['improt', 'x'], /unknown command 'improt' \(Did you mean import\?\)/],
    [['import'], /missing required argument 'paths' \(see "quartiersnetz import --help"\)$/],
    [['import', '--bogus', 'x'], /unknown option '--bogus'/],
    [
      ['db', 'explode'],
      /value 'explode' is invalid for argument 'action'\. Allowed choices are install, start, stop, status, wait\./,
    ],
    [['export', 'xml'], /Allowed choices are graphml, gexf, cytoscape, node-link, csv-nodes, csv-edges\./],
    [['generate', '--size', 'Q'], /'Q' is invalid\. Allowed choices are S, M, L\./],
    [['export-case-study', 'k'], /required option '-o, --out <directory>' not specified/],
  ])('%j is a usage error: exit 2, one line on stderr, nothing run', (args, message) => {
    const result = runCli(args, env);
    expect(result.status).toBe(EXIT_CODE_BY_ERROR[ErrorCode.BAD_USER_INPUT]);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^quartiersnetz: BAD_USER_INPUT: /);
    expect(lines[0]).toMatch(message);
    expect(result.stdout).toBe('');
    expect(existsSync(join(home, 'neo4j-data'))).toBe(false);
  });

  // Issue 12: an import while Neo4j is down printed the driver's error object with its stack.
  it('an import while Neo4j is unreachable: one line naming SERVICE_UNAVAILABLE, exit 7', () => {
    const result = runCli(['import', join(__dirname, '..', '..', 'seed', 'biwaq-gfdq')], env);
    expect(result.status).toBe(EXIT_CODE_BY_ERROR[ErrorCode.SERVICE_UNAVAILABLE]);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^quartiersnetz: SERVICE_UNAVAILABLE: Neo4j is unavailable .*nothing was committed/,
    );
  });
});
