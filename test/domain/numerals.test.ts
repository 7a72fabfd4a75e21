import { withDigits } from '../../src/domain/answers/numerals';

describe('numbers written in words read as digits', () => {
  test.each([
    ['around eight teachers', 'around 8 teachers'],
    ['twenty-five people', '25 people'],
    ['a hundred and twenty staff', '120 staff'],
    ['five hundred', '500'],
    ['a dozen of us', '12 of us'],
    ['五十人以上', '50人以上'],
    ['千二百名', '1200名'],
    ['十人', '10人'],
  ])('"%s" → "%s"', (text, expected) => {
    expect(withDigits(text)).toBe(expected);
  });

  test.each(['someone', 'often', 'none of us', '一部の人', '統一された設定'])('"%s" has no number in it', (text) => {
    expect(withDigits(text)).toBe(text);
  });
});
