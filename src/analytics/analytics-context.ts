import type DataLoader from 'dataloader';
import type { Driver } from 'neo4j-driver';
import type { Collaborator } from './analytics.types';
import { CoCreationService } from './co-creation/co-creation.service';
import { createCollaboratorsLoader, type CollaboratorsKey } from './collaborators/collaborators.loader';
import { EgoNetworkService } from './ego-network/ego-network.service';
import { MembershipRepository } from './network/membership.repository';
import { PathsService } from './paths/paths.service';

/** The analytics services and the per-request loaders of one request. */
export interface AnalyticsContext {
  readonly coCreation: CoCreationService;
  readonly egoNetwork: EgoNetworkService;
  readonly paths: PathsService;
  readonly collaborators: DataLoader<CollaboratorsKey, Collaborator[] | null, string>;
}

/** Stateless services are shared; loaders are new for every request so caches never leak between users. */
export function createAnalyticsContextFactory(options: {
  driver: Driver;
  database?: string;
}): () => AnalyticsContext {
  const memberships = new MembershipRepository(options);
  const coCreation = new CoCreationService(memberships);
  const egoNetwork = new EgoNetworkService(options);
  const paths = new PathsService(options);
  return () => ({
    coCreation,
    egoNetwork,
    paths,
    collaborators: createCollaboratorsLoader({ ...options, memberships }),
  });
}
