import type { AnalyticsRequestContext } from '../analytics/analytics-context';
import type { ApiServicesContext } from '../api/api-services';
import type { GraphRequestContext } from '../graph/graph-request-context';

/**
 * Per-request context of the merged schema: the slices each feature declares next to its resolvers,
 * put together here and built by request-context-factory.ts only.
 */
export interface ApiContext extends GraphRequestContext, ApiServicesContext, AnalyticsRequestContext {}
