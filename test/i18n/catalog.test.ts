import { en, ja } from '../../src/i18n/messages';
import { t } from '../../src/i18n/catalog';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  test('Japanese and English have the same messages', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en) as Array<keyof typeof en>)('"%s" takes the same placeholders in both languages', (key) => {
    expect(placeholders(ja[key])).toEqual(placeholders(en[key]));
  });

  test('placeholders are filled, and a missing one stays visible', () => {
    expect(t('en', 'countryMatched', { country: 'Japan' })).toBe('Got it: **Japan**.');
    expect(t('ja', 'countryMatched')).toContain('{country}');
  });
});
