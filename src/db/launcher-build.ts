import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ErrorCode } from '../errors/error-codes';
import { QuartiersnetzError } from '../errors/quartiersnetz-error';
import { requireJava, requireMaven } from './prerequisites';

/** The Java class our launcher runs (launcher/src/main/java/.../Launcher.java). */
export const LAUNCHER_MAIN_CLASS = 'de.quartiersnetz.launcher.Launcher';

/**
 * Builds the launcher with Maven (downloading Neo4j and APOC from Maven Central) unless it is up to
 * date with its sources.
 */
export function ensureLauncherBuilt(projectRoot: string, log: (line: string) => void): void {
  const launcherDir = join(projectRoot, 'launcher');
  requireJava();
  const jar = join(launcherTargetDir(projectRoot), 'launcher.jar');
  const apoc = join(launcherTargetDir(projectRoot), 'plugins');
  if (existsSync(jar) && existsSync(apoc) && !sourcesNewerThan(launcherDir, statSync(jar).mtimeMs)) return;
  requireMaven();
  log('Building the Neo4j launcher with Maven (first run downloads Neo4j 5.26 and APOC, ~120 MB)...');
  const result = runMaven(['clean', 'package'], join(launcherDir, 'pom.xml'));
  if (result.status !== 0) {
    throw new QuartiersnetzError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `Building the Neo4j launcher failed (mvn exit ${result.status ?? 'signal'}); see Maven's output above.`,
    );
  }
}

/**
 * Runs Maven in batch mode, quiet, on `pom`, and passes its output on without terminal escape codes:
 * Maven 3.8 writes colour resets even with -B -q -Dstyle.color=never (they reached the start log).
 */
export function runMaven(goals: readonly string[], pom: string): { status: number | null; output: string } {
  const result = spawnSync('mvn', ['-B', '-q', '-Dstyle.color=never', '-f', pom, ...goals], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = stripVTControlCharacters(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (output.trim() !== '') process.stderr.write(output.endsWith('\n') ? output : `${output}\n`);
  return { status: result.status, output };
}

/** The jars and plugins the launcher runs with. */
export function launcherTargetDir(projectRoot: string): string {
  return join(projectRoot, 'launcher', 'target');
}

function sourcesNewerThan(launcherDir: string, jarMtimeMs: number): boolean {
  const sources = [
    join(launcherDir, 'pom.xml'),
    join(launcherDir, 'src/main/java/de/quartiersnetz/launcher/Launcher.java'),
    join(launcherDir, 'src/main/java/de/quartiersnetz/launcher/LauncherOptions.java'),
  ];
  return sources.some((file) => existsSync(file) && statSync(file).mtimeMs > jarMtimeMs);
}
