import { draftCaseStudy } from '../../src/draft/draft-case-study';
import { EMPTY_LEXICON } from '../../src/draft/known-entities';

// Single sentences for patterns the longer fixtures do not pin down (from a cold review of issue 15).
function relationsOf(text: string): string[] {
  const draft = draftCaseStudy({ text, fileName: 'quelle.txt', lexicon: EMPTY_LEXICON });
  const name = new Map((draft.caseStudy.entities ?? []).map((e) => [e.key, e.name]));
  return (draft.caseStudy.relations ?? []).map((r) => `${name.get(r.from)} ${r.type} ${name.get(r.to)}`);
}

describe('relation patterns of the drafter', () => {
  it('hosting, whichever the order: the host is the organisation after "bei"/"beim"', () => {
    expect(relationsOf('Die Geschäftsstelle des Netzwerks ist beim Landkreis Harburg angesiedelt.')).toEqual([
      'Geschäftsstelle des Netzwerks HOSTED_BY Landkreis Harburg',
    ]);
    expect(relationsOf('Beim Landkreis Harburg ist die Geschäftsstelle des Netzwerks angesiedelt.')).toEqual([
      'Geschäftsstelle des Netzwerks HOSTED_BY Landkreis Harburg',
    ]);
  });

  it('a person "von der" an organisation works there', () => {
    expect(
      relationsOf('Es sprach Prof. Dr. Lena Beispiel von der Universität Kassel über Mobilität.'),
    ).toContain('Lena Beispiel AFFILIATED_WITH Universität Kassel');
  });

  it('a name on its line and the role on the next: the lead is quoted with both lines', () => {
    const draft = draftCaseStudy({
      text: 'Das Projekt „Gute Nachbarschaft“ wird vom 01.01.2020 bis zum 31.12.2021 umgesetzt.\n\nFrau Jana Beispiel\nProjektleiterin\n',
      fileName: 'quelle.txt',
      lexicon: EMPTY_LEXICON,
    });
    const lead = draft.caseStudy.relations?.find((r) => r.type === 'LEADS');
    expect(lead?.evidence.map((e) => e.quote)).toEqual(['Frau Jana Beispiel', 'Projektleiterin']);
  });

  it('succession: the one named after the cue came first', () => {
    expect(
      relationsOf(
        'Das Neue Ministerium (NM) übernahm die Förderung vom Alten Ministerium (AM) im Jahr 2021.',
      ),
    ).toContain('Alten Ministerium SUCCEEDED_BY Neue Ministerium');
    expect(relationsOf('Das Programm „Quartier 2030“ setzt das Programm „Quartier 2020“ fort.')).toContain(
      'Quartier 2020 SUCCEEDED_BY Quartier 2030',
    );
  });

  it('moderation in either order, and compound role words', () => {
    const draft = draftCaseStudy({
      text: 'Die Tagung „Stadt im Wandel“ am 3. Mai 2022 wurde moderiert von Dr. Jana Beispiel. Es sprach Tim Muster, Referatsleiter im Ministerium für Bauen.',
      fileName: 'quelle.txt',
      lexicon: EMPTY_LEXICON,
    });
    const names = (draft.caseStudy.entities ?? []).filter((e) => e.type === 'Person').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Jana Beispiel', 'Tim Muster']));
  });
});
