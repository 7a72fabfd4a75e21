import { isUsableDescription, namesOnlyAPlace } from '../../src/domain/description';
import { matcher } from './country.helpers';

describe('whether a message already describes the problem', () => {
  test.each(['hi', 'Hello!', 'こんにちは', 'おはようございます。', 'ok', '', '   ', '???', 'outlook'])(
    '"%s" is not a description',
    (text) => {
      expect(isUsableDescription(text)).toBe(false);
    },
  );

  test.each([
    'Outlook crashes on start',
    '全社メール不通',
    'Teamsにサインインできません',
    'mail bouncing',
    'hi, our SharePoint site is down',
  ])('"%s" is a description', (text) => {
    expect(isUsableDescription(text)).toBe(true);
  });
});

describe('a message that only says where the user is, is not a problem', () => {
  const places = matcher();

  test.each([
    'I am in Germany',
    "we're based in the UK",
    'Hello from Japan',
    '韓国です',
    '私は韓国にいます',
    'ドイツ在住です',
  ])('"%s" only names a place', (text) => {
    expect(namesOnlyAPlace(text, places)).toBe(true);
  });

  test.each([
    'Outlook is down in our Germany office',
    '韓国支社でメールが送れません',
    '全社でメールが送れません',
    'Teams crashes for everyone in Japan since 9am',
    'I am in Germany and cannot sign in to Teams',
  ])('"%s" is a problem, wherever it is', (text) => {
    expect(namesOnlyAPlace(text, places)).toBe(false);
  });
});
