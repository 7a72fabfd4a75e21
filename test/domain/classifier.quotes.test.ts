import { classify } from '../../src/domain/classifier';
import { readCorpus, type DescriptionRow } from '../support/corpus';

/**
 * The words the bot quotes as "worded like other reports of this severity" must mean something to the person who
 * wrote them: never a scrap of grammar (「まし」 out of ました) or a bare number ("000" out of 1,000).
 * Checked over the train split's descriptions (the blind split stays unread outside its own test).
 */
const train = readCorpus<DescriptionRow>('triage-corpus.jsonl').filter((r) => r.split !== 'blind');
const GRAMMAR_OR_DIGITS = /^(?:[\p{Script=Hiragana}ー]+|[\d.,:\s]+)$/u;

describe.each(['ja', 'en'] as const)('[%s] quotes from similar reports', (locale) => {
  const quotes = train
    .filter((r) => r.locale === locale)
    .flatMap((r) =>
      classify(r.text, locale)
        .reasons.filter((reason) => reason.code === 'similar-reports')
        .map((reason) => ({ text: r.text, quote: reason.evidence })),
    );

  it('are quoted at all (the check below is not vacuous)', () => {
    expect(quotes.length).toBeGreaterThan(500);
  });

  it('are never only hiragana or only digits', () => {
    expect(quotes.filter(({ quote }) => GRAMMAR_OR_DIGITS.test(quote))).toEqual([]);
  });

  it("are the user's own words", () => {
    expect(quotes.filter(({ text, quote }) => !text.includes(quote))).toEqual([]);
  });
});
