import { useApiTestServer } from '../utils/api-test-server';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Issue 14, finding 2: affiliation did not pass up the unit hierarchy. `organisations(abbreviation:
// "BMAS") { people }` was empty because its person belongs to a Referat, and "speakers who belong to
// the BMI" needed a hand-written OR over parentOrganisations.
describe('affiliation up and down the unit hierarchy (issue 14)', () => {
  const api = useApiTestServer();
  const data = async (query: string) => {
    const response = await api.graphql<Json>(query);
    expect(response.errors).toBeUndefined();
    return response.data as Json;
  };

  it("an organisation's allPeople include the people of its units; people stays the direct affiliations", async () => {
    const { organisations } = await data(
      '{ organisations(where: { abbreviation: { eq: "BMAS" } }) { people { key } allPeople { key } } }',
    );
    expect(organisations[0].people).toEqual([]);
    expect(organisations[0].allPeople).toEqual([{ key: 'joachim-zweig' }]);
    const bmi = (
      await data('{ organisations(where: { key: { eq: "bmi" } }) { allPeople { key } } }')
    ).organisations[0].allPeople.map((p: Json) => p.key);
    expect(bmi).toEqual(expect.arrayContaining(['oliver-weigel', 'ingo-weiss']));
    const one = (
      await data('{ organisations(where: { key: { eq: "bmi" } }) { allPeople(limit: 1) { key } } }')
    ).organisations[0].allPeople;
    expect(one).toHaveLength(1);
  });

  it("a person's affiliatedOrganisations reach the ministry above the Referat", async () => {
    const { people } = await data(
      '{ people(where: { key: { eq: "oliver-weigel" } }) { affiliations { key } affiliatedOrganisations { key } } }',
    );
    expect(people[0].affiliations).toEqual([{ key: 'bmi-referat-stadtentwicklungspolitik' }]);
    expect(people[0].affiliatedOrganisations.map((o: Json) => o.key).sort()).toEqual([
      'bmi',
      'bmi-referat-stadtentwicklungspolitik',
    ]);
  });
});
