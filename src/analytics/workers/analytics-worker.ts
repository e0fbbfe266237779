// Runs in a worker thread of AnalyticsWorkers: the CPU-heavy analytics, away from the event loop.
import { workerData } from 'piscina';
import { packProjection } from '../co-creation/packed-projection';
import { projectCoCreation } from '../co-creation/project-co-creation';
import { readScopedStructure } from '../co-creation/read-scoped-structure';
import { forceAtlasLayout } from '../layout/force-atlas-layout';
import type { AnalyticsTask, AnalyticsTaskResult, AnalyticsTaskResults } from './analytics-tasks';
import { databaseFailure, workerMemberships, type WorkerGraphConnection } from './worker-graph';

/** Piscina calls the module's function with one task and sends back what it returns. */
export = function runAnalyticsTask(task: AnalyticsTask): AnalyticsTaskResult | Promise<AnalyticsTaskResult> {
  switch (task.name) {
    case 'projectCoCreation':
      return packProjection(projectCoCreation(task.structure, task.options));
    case 'readAndProjectCoCreation':
      return readAndProject(task);
    case 'forceAtlasLayout':
      return forceAtlasLayout(task);
  }
};

async function readAndProject(
  task: Extract<AnalyticsTask, { name: 'readAndProjectCoCreation' }>,
): Promise<AnalyticsTaskResults['readAndProjectCoCreation']> {
  const connection = (workerData as { graph?: WorkerGraphConnection } | undefined)?.graph;
  if (connection === undefined) throw new Error('this analytics worker has no connection to Neo4j');
  try {
    const structure = await readScopedStructure(workerMemberships(connection, task.bookmarks), task.read);
    if (structure === undefined) return { kind: 'unknownScope' };
    return { kind: 'projected', projection: packProjection(projectCoCreation(structure, task.options)) };
  } catch (error) {
    const failure = databaseFailure(error);
    if (failure === undefined) throw error;
    return { kind: 'databaseFailure', failure };
  }
}
