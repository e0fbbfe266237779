import type { CoCreationProjection, CoCreationProjectionOptions } from '../co-creation/project-co-creation';
import type { MembershipStructure } from '../network/membership-structure';

/** What the main thread asks a worker to compute (structured-cloneable). */
export type AnalyticsTask = {
  readonly name: 'projectCoCreation';
  readonly structure: MembershipStructure;
  readonly options: CoCreationProjectionOptions;
};

export type AnalyticsTaskResult = CoCreationProjection;
