import { spawnSync } from 'node:child_process';
import { ErrorCode } from '../errors/error-codes';
import { QuartiersnetzError } from '../errors/quartiersnetz-error';

const MIN_JAVA_MAJOR = 17;

/** Throws PREREQUISITE_MISSING with one line saying what to install when Java 17+ is not on PATH. */
export function requireJava(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error !== undefined || result.status !== 0) {
    throw new QuartiersnetzError(
      ErrorCode.PREREQUISITE_MISSING,
      `Java ${MIN_JAVA_MAJOR}+ is needed to run the local Neo4j: install a JDK (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to a Neo4j you run elsewhere.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match === null ? 0 : Number(match[1] === '1' ? match[2] : match[1]);
  if (major < MIN_JAVA_MAJOR) {
    throw new QuartiersnetzError(
      ErrorCode.PREREQUISITE_MISSING,
      `Java ${MIN_JAVA_MAJOR}+ is needed to run the local Neo4j, found Java ${major}: install a JDK ${MIN_JAVA_MAJOR} or newer.`,
    );
  }
  return major;
}

/** Throws PREREQUISITE_MISSING when Maven is not on PATH (it builds the launcher once). */
export function requireMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error !== undefined || result.status !== 0) {
    throw new QuartiersnetzError(
      ErrorCode.PREREQUISITE_MISSING,
      'Maven is needed once to fetch Neo4j and APOC and build the local launcher: install Maven 3.8+ (Debian: apt-get install maven).',
    );
  }
}
