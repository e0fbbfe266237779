import type { PackedProjection } from '../co-creation/packed-projection';
import type { CoCreationProjectionOptions } from '../co-creation/project-co-creation';
import type { StructureRequest } from '../co-creation/read-scoped-structure';
import type { LayoutInput, Positions } from '../layout/force-atlas-layout';
import type { MembershipStructure } from '../network/membership-structure';
import type { WorkerDatabaseFailure } from './worker-graph';

/** What the main thread asks a worker to compute (structured-cloneable). */
export type AnalyticsTask =
  | {
      /** Project a structure the main thread read. */
      readonly name: 'projectCoCreation';
      readonly structure: MembershipStructure;
      readonly options: CoCreationProjectionOptions;
    }
  | {
      /** Read the structure in the worker (its own driver, the request's bookmarks), then project it. */
      readonly name: 'readAndProjectCoCreation';
      readonly read: StructureRequest;
      readonly bookmarks: readonly string[] | null;
      readonly options: CoCreationProjectionOptions;
    }
  | ({ readonly name: 'forceAtlasLayout' } & LayoutInput);

/** What a worker answers, by task. */
export interface AnalyticsTaskResults {
  readonly projectCoCreation: PackedProjection;
  readonly readAndProjectCoCreation:
    | { readonly kind: 'projected'; readonly projection: PackedProjection }
    | { readonly kind: 'unknownScope' }
    | { readonly kind: 'databaseFailure'; readonly failure: WorkerDatabaseFailure };
  readonly forceAtlasLayout: Positions;
}

export type AnalyticsTaskResult<T extends AnalyticsTask = AnalyticsTask> = AnalyticsTaskResults[T['name']];
