import { isUsableDescription } from '../../src/domain/description';

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
