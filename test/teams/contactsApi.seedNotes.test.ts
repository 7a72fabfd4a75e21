import { createCountryMatcher } from '../../src/domain/country';
import { loadTriageData } from '../../src/domain/data/loadData';
import { answerContactsQuery } from '../../src/tab/contactsApi';

// The contacts tab's API carries the same seed checks as the card: the tab makes tel: links only of dialable numbers.
const data = loadTriageData();
const matcher = createCountryMatcher(data.contacts);
const JULY_0830_UTC = () => new Date('2026-07-13T08:30:00Z');

const rowsFor = (q: string, locale: string, clock = JULY_0830_UTC) => {
  const answer = answerContactsQuery({ q, locale }, matcher, clock, 'en');
  if (answer.httpStatus !== 200) throw new Error(`expected 200, got ${answer.httpStatus}`);
  return answer.body.rows;
};

describe('GET /api/contacts: seed oddities', () => {
  test('Hong Kong: the number is not dialable as printed, has no tel: link, and the form is offered first', () => {
    const [hk] = rowsFor('Hong Kong', 'en');
    expect(hk!.phones[0]).toMatchObject({ number: '(91) (80) 85,230,027,866', dialable: false, telUri: null });
    expect(hk!.phones[0]!.text).toContain('may not be dialable as printed');
    expect(hk!.formFirst).toContain('please use the request form first');
  });

  test('日本: a valid number gets a tel: link in international format and no form-first sentence', () => {
    const [jp] = rowsFor('日本', 'ja');
    expect(jp!.phones[0]).toMatchObject({ dialable: true, telUri: 'tel:+81120772057' });
    expect(jp!.formFirst).toBeNull();
  });

  test('英国 in July: open-now is not stated as certain, and the caveat is given', () => {
    const [gb] = rowsFor('英国', 'ja');
    expect(gb!.openNowCertain).toBe(false);
    expect(gb!.hours[0]!.statusText).toContain('現在受付中かどうかは確かではありません');
    expect(gb!.hours[0]!.zoneCaveat).toContain('英国時間');
  });

  test('UAE in Japanese: the CLDR name, with the note about the garbled one; Ireland: the form note', () => {
    const [ae] = rowsFor('UAE', 'ja');
    expect(ae!.name).toBe('アラブ首長国連邦');
    expect(ae!.seedNotes.join('')).toContain('ユニット。アラブ首長国連邦');
    const [ie] = rowsFor('Ireland', 'en');
    expect(ie!.seedNotes).toContain(
      "The source's form link for Ireland opens the form for France; if the form asks for your country, choose Ireland.",
    );
  });
});
