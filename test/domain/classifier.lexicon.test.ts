import rawLexicon from '../../data/classifier-lexicon.json';
import { DataValidationError } from '../../src/domain/data/validate';
import { loadLexicon } from '../../src/domain/classifier/lexicon';
import { normalizeText, originalSpan } from '../../src/domain/classifier/normalize';

describe('classifier lexicon', () => {
  it('the shipped lexicon validates and compiles', () => {
    expect(() => loadLexicon()).not.toThrow();
  });

  it('rejects an invalid regular expression with a one-line message naming file and field', () => {
    const broken = structuredClone(rawLexicon) as { severity: { howTo: { en: string[] } } };
    broken.severity.howTo.en = ['how (do'];
    expect(() => loadLexicon(broken, 'data/classifier-lexicon.json')).toThrow(DataValidationError);
    expect(() => loadLexicon(broken, 'data/classifier-lexicon.json')).toThrow(
      /data\/classifier-lexicon.json: severity.howTo.en\[0\]/,
    );
  });

  it('rejects a missing category', () => {
    const broken = structuredClone(rawLexicon) as { category: Record<string, unknown> };
    delete broken.category['billing'];
    expect(() => loadLexicon(broken, 'x.json')).toThrow(/x.json: category.billing/);
  });
});

describe('normalizeText', () => {
  it.each([
    ['Ｏｕｔｌｏｏｋ', 'outlook'],
    ['ﾛｯｸされました', 'ロックされました'],
    ['URGENT！！', 'urgent!!'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps spans back to the original text', () => {
    const n = normalizeText('ＴｅａｍｓがﾛｸﾞｲﾝできないＳＯＳ');
    const at = n.text.indexOf('ログイン');
    expect(originalSpan(n, at, at + 'ログイン'.length)).toBe('ﾛｸﾞｲﾝ');
  });
});
