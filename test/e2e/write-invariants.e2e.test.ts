import { findProvenanceViolations } from '../../src/import/provenance-check';
import { graphFingerprint } from '../utils/graph-fingerprint';
import { useApiTestServer } from '../utils/api-test-server';

const SOURCE = 'werkstatt-bonn-2019';
const QUOTE = 'die Bedeutung strategischer Medienarbeit';

// Issue 12, finding 2: editors could write facts the quote check never saw. Each mutation below used to
// return data; now each is refused, nothing of it is written, and the provenance check stays clean.
describe('editors cannot slip past the quote check', () => {
  const api = useApiTestServer({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
  let token = '';
  beforeAll(async () => {
    token = await api.token(['editor']);
  });

  const refused: [string, string, string][] = [
    [
      'nested evidence create in createTopics',
      `mutation { createTopics(input: [{ key: "iv-topic", name: "X", evidence: { create: [{ node: { key: "iv-src", title: "t", text: "The BMI admitted fraud" }, edge: { quote: "The BMI admitted fraud" } }] } }]) { topics { key } } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'nested evidence create in updateTopics',
      `mutation { updateTopics(where: { key: { eq: "digitalisierung" } }, update: { evidence: [{ create: [{ node: { key: "iv-src", title: "t", text: "x" }, edge: { quote: "x" } }] }] }) { topics { key } } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'rewriting every quote of an entity',
      `mutation { updateTopics(where: { key: { eq: "digitalisierung" } }, update: { evidence: [{ update: { edge: { quote: { set: "totally fabricated" } } } }] }) { topics { key } } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'createSources with states.create',
      `mutation { createSources(input: [{ key: "iv-src", title: "t", text: "t", states: { create: [{ node: { Topic: { key: "iv-topic", name: "x" } }, edge: { quote: "this quote is nowhere" } }] } }]) { sources { key } } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'createCaseStudies -> sources.create -> states.create',
      `mutation { createCaseStudies(input: [{ key: "iv-case", title: "t", sources: { create: [{ node: { key: "iv-src", title: "t", text: "t", states: { create: [{ node: { Topic: { key: "iv-topic", name: "x" } }, edge: { quote: "nowhere" } }] } } }] } }]) { caseStudies { key } } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      "changing a cited source's text",
      `mutation { updateSources(where: { key: { eq: "${SOURCE}" } }, update: { text: { set: "Completely different text." } }) { sources { key } } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'deleting a cited source',
      `mutation { deleteSources(where: { key: { eq: "${SOURCE}" } }) { nodesDeleted } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'changing a key',
      `mutation { updateOrganisations(where: { key: { eq: "bmi" } }, update: { key: { set: "bmi2" } }) { organisations { key } } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'disconnecting all evidence',
      `mutation { updateOrganisations(update: { evidence: [{ disconnect: [{ where: {} }] }] }) { organisations { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a key that is not a slug and an empty name',
      `mutation { createTopics(input: [{ key: "../../Bad Key <script>", name: "", evidence: { connect: [{ where: { node: { key: { eq: "${SOURCE}" } } }, edge: { quote: "${QUOTE}" } }] } }]) { topics { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a connect matching many nodes by a filter',
      `mutation { updatePeople(where: { key: { eq: "oliver-weigel" } }, update: { affiliations: [{ connect: [{ where: { node: { key: { startsWith: "b" } } }, edge: { key: "oliver-weigel|AFFILIATED_WITH|bmi", sources: ["${SOURCE}"], quotes: ["${QUOTE}"] } }] }] }) { people { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a tie joining an organisation to itself',
      `mutation { updateOrganisations(where: { key: { eq: "bmi" } }, update: { units: [{ connect: [{ where: { node: { key: { eq: "bmi" } } }, edge: { key: "bmi|PART_OF|bmi", sources: ["${SOURCE}"], quotes: ["${QUOTE}"] } }] }] }) { organisations { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'one tie key fanned out to many relationships by a broad update',
      `mutation { updateTopics(update: { events: [{ connect: [{ where: { node: { key: { eq: "biwaq-werkstatt-2019" } } }, edge: { key: "biwaq-werkstatt-2019|ABOUT|digitalisierung", sources: ["${SOURCE}"], quotes: ["${QUOTE}"] } }] }] }) { topics { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a tie key naming other entities',
      `mutation { updateTopics(where: { key: { eq: "digitalisierung" } }, update: { events: [{ connect: [{ where: { node: { key: { eq: "biwaq-werkstatt-2019" } } }, edge: { key: "bmi|ABOUT|digitalisierung", sources: ["${SOURCE}"], quotes: ["${QUOTE}"] } }] }] }) { topics { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a connect to a key that does not exist',
      `mutation { updateTopics(where: { key: { eq: "digitalisierung" } }, update: { evidence: [{ connect: [{ where: { node: { key: { eq: "no-such-source" } } }, edge: { quote: "x" } }] }] }) { topics { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a quote that is not in the source',
      `mutation { updateTopics(where: { key: { eq: "digitalisierung" } }, update: { evidence: [{ connect: [{ where: { node: { key: { eq: "${SOURCE}" } } }, edge: { quote: "The BMI admitted fraud" } }] }] }) { topics { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a blank quote on a tie',
      `mutation { updateTopics(where: { key: { eq: "digitalisierung" } }, update: { events: [{ connect: [{ where: { node: { key: { eq: "biwaq-werkstatt-2019" } } }, edge: { key: "biwaq-werkstatt-2019|ABOUT|digitalisierung", sources: ["${SOURCE}"], quotes: ["  "] } }] }] }) { topics { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'one piece of evidence fanned out to every entity by a broad update',
      `mutation { updateTopics(where: {}, update: { evidence: [{ connect: [{ where: { node: { key: { eq: "${SOURCE}" } } }, edge: { quote: "${QUOTE}" } }] }] }) { topics { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'disconnecting evidence from every entity a filter matches',
      `mutation { updateTopics(where: { name: { contains: "i" } }, update: { evidence: [{ disconnect: [{ where: { node: { key: { eq: "${SOURCE}" } } } }] }] }) { topics { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a disconnect with an empty filter',
      `mutation { updateTopics(where: { key: { eq: "digitalisierung" } }, update: { events: [{ disconnect: [{ where: {} }] }] }) { topics { key } } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a duplicate key',
      `mutation { createTopics(input: [{ key: "digitalisierung", name: "Doppelt", evidence: { connect: [{ where: { node: { key: { eq: "${SOURCE}" } } }, edge: { quote: "${QUOTE}" } }] } }]) { topics { key } } }`,
      'CONFLICT',
    ],
  ];

  it.each(refused)('refuses %s and writes nothing', async (_name, mutation, code) => {
    const before = await graphFingerprint(api.driver);
    const response = await api.graphql(mutation, { token });
    expect(response.status).toBeLessThan(500);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.data ?? null).toBeNull();
    expect(await graphFingerprint(api.driver)).toBe(before);
    expect(await findProvenanceViolations(api.driver)).toEqual([]);
  });

  it('commits nothing of a two-field mutation whose second field is refused', async () => {
    const before = await graphFingerprint(api.driver);
    const response = await api.graphql(
      `mutation {
        ok: createTopics(input: [{ key: "iv-two-fields", name: "Zwei Felder", evidence: { connect: [{ where: { node: { key: { eq: "${SOURCE}" } } }, edge: { quote: "${QUOTE}" } }] } }]) { topics { key } }
        bad: createTopics(input: [{ key: "iv-two-fields-b", name: "B", evidence: { connect: [{ where: { node: { key: { eq: "${SOURCE}" } } }, edge: { quote: "not in the source" } }] } }]) { topics { key } }
      }`,
      { token },
    );
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(await graphFingerprint(api.driver)).toBe(before);
  });

  it('commits both fields of a good two-field mutation, the second citing the source the first created', async () => {
    const response = await api.graphql(
      `mutation {
        s: createSources(input: [{ key: "iv-new-source", title: "Neue Quelle", text: "Das Quartier lebt vom Miteinander." }]) { sources { key } }
        t: createTopics(input: [{ key: "iv-miteinander", name: "Miteinander", evidence: { connect: [{ where: { node: { key: { eq: "iv-new-source" } } }, edge: { quote: "vom Miteinander" } }] } }]) { topics { key evidence { key } } }
      }`,
      { token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      s: { sources: [{ key: 'iv-new-source' }] },
      t: { topics: [{ key: 'iv-miteinander', evidence: [{ key: 'iv-new-source' }] }] },
    });
    expect(await findProvenanceViolations(api.driver)).toEqual([]);
    await api.driver.executeQuery('MATCH (n) WHERE n.key STARTS WITH "iv-" DETACH DELETE n');
  });

  // The evidence check read every entity of the graph after each write (a full scan per edit at size
  // L), and refused any write while some entity elsewhere lacked evidence. It now checks the nodes the
  // write creates and the one node an update disconnects evidence from.
  it('refuses to disconnect the last evidence of an entity, naming it, and writes nothing', async () => {
    const created = await api.graphql(
      `mutation { createTopics(input: [{ key: "iv-lonely", name: "Einzeln", evidence: { connect: [{ where: { node: { key: { eq: "${SOURCE}" } } }, edge: { quote: "${QUOTE}" } }] } }]) { topics { key } } }`,
      { token },
    );
    expect(created.errors).toBeUndefined();
    try {
      const before = await graphFingerprint(api.driver);
      const response = await api.graphql(
        `mutation { updateTopics(where: { key: { eq: "iv-lonely" } }, update: { evidence: [{ disconnect: [{ where: { node: { key: { eq: "${SOURCE}" } } } }] }] }) { topics { key } } }`,
        { token },
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/leave "iv-lonely" without evidence/);
      expect(await graphFingerprint(api.driver)).toBe(before);
    } finally {
      await api.driver.executeQuery('MATCH (n) WHERE n.key STARTS WITH "iv-" DETACH DELETE n');
    }
  });

  it('accepts a write while an entity elsewhere lacks evidence (written past the API)', async () => {
    await api.driver.executeQuery('CREATE (:Entity:Topic {key: "iv-orphan", name: "Ohne Beleg"})');
    try {
      const response = await api.graphql(
        `mutation { createTopics(input: [{ key: "iv-unrelated", name: "Unabhängig", evidence: { connect: [{ where: { node: { key: { eq: "${SOURCE}" } } }, edge: { quote: "${QUOTE}" } }] } }]) { topics { key } } }`,
        { token },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ createTopics: { topics: [{ key: 'iv-unrelated' }] } });
    } finally {
      await api.driver.executeQuery('MATCH (n) WHERE n.key STARTS WITH "iv-" DETACH DELETE n');
    }
  });
});
