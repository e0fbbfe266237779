// Runs in a worker thread of AnalyticsWorkers: the CPU-heavy analytics, away from the event loop.
import { projectCoCreation } from '../co-creation/project-co-creation';
import type { AnalyticsTask, AnalyticsTaskResult } from './analytics-tasks';

/** Piscina calls the module's function with one task and sends back what it returns. */
export = function runAnalyticsTask(task: AnalyticsTask): AnalyticsTaskResult {
  switch (task.name) {
    case 'projectCoCreation':
      return projectCoCreation(task.structure, task.options);
  }
};
