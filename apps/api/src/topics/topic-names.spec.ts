import { findNameClash } from './topic-names';

describe('findNameClash', () => {
  const climate = { id: 'c', name: 'Climate', names: { da: 'Klima', nl: 'Klimaat' } };
  const careers = { id: 'k', name: 'Careers', names: { da: 'Karriere' } };

  it('finds no clash between topics that read differently in every language', () => {
    const energy = { id: 'e', name: 'Energy', names: { da: 'Energi' } };
    expect(findNameClash(energy, [climate, careers])).toBeNull();
  });

  it('refuses a translation another topic already has in that language, whatever the case', () => {
    const weather = { id: 'w', name: 'Weather', names: { da: 'KLIMA' } };
    expect(findNameClash(weather, [climate, careers])).toEqual({
      language: 'da',
      name: 'KLIMA',
      holder: climate,
    });
  });

  it("refuses a translation that is another topic's main name where that one has no translation", () => {
    const jobs = { id: 'j', name: 'Jobs', names: { sv: 'Careers' } };
    expect(findNameClash(jobs, [careers])).toEqual({
      language: 'sv',
      name: 'Careers',
      holder: careers,
    });
  });

  it("allows a translation equal to another topic's main name where that one is translated", () => {
    // In Danish, "Careers" reads "Karriere": a Danish "Careers" is free there.
    const other = { id: 'o', name: 'Other', names: { da: 'Careers', nl: 'Overig' } };
    expect(findNameClash(other, [careers])).toBeNull();
  });

  it('refuses a main name another topic reads as where the candidate has no translation', () => {
    const klimaat = { id: 'n', name: 'klimaat', names: {} };
    expect(findNameClash(klimaat, [climate])).toMatchObject({ language: 'nl', holder: climate });
  });

  it('never clashes a topic with itself', () => {
    expect(findNameClash({ ...climate, names: { da: 'Klima' } }, [climate])).toBeNull();
  });
});
