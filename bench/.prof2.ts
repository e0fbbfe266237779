import neo4j from 'neo4j-driver';
import { MembershipRepository } from '../src/analytics/network/membership.repository';
import { MembershipStructureBuilder } from '../src/analytics/network/membership-structure';
import { projectCoCreation } from '../src/analytics/co-creation/project-co-creation';
import { CONTEXT_KINDS } from '../src/analytics/network/membership';
import { writeFileSync } from 'node:fs';
async function main() {
  const driver = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'quartiersnetz'));
  const repo = new MembershipRepository({ driver });
  const b = new MembershipStructureBuilder();
  await repo.structure({ kinds: CONTEXT_KINDS, window: { from: null, until: null } }, b);
  const s = b.build();
  writeFileSync('/tmp/structure-m.json', JSON.stringify({ ...s, actorIsOrganisation: [...s.actorIsOrganisation], actorSectors: [...s.actorSectors], contextKinds: [...s.contextKinds], contextActors: [...s.contextActors], memberActors: [...s.memberActors], memberContexts: [...s.memberContexts], memberDates: [...s.memberDates] }));
  await driver.close();
  const { Session } = await import('node:inspector/promises');
  const session = new Session(); session.connect();
  await session.post('Profiler.enable'); await session.post('Profiler.start');
  const t = Date.now();
  projectCoCreation(s, { maxNodes: 500, maxEdges: 2000, weighting: 'COUNT', minAllianceContexts: 2, seed: 42, centrality: {} });
  console.log('project', Date.now() - t);
  const { profile } = await session.post('Profiler.stop');
  const self = new Map<string, number>();
  const nodes = profile.nodes; const dt = profile.timeDeltas!; const samples = profile.samples!;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  samples.forEach((id, i) => { const n = byId.get(id)!; const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
  console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join('\n'));
}
main();
