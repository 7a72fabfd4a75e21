import { createAnswerRecognizer } from '../../src/domain/answers';
import { tellsAProblem } from '../../src/domain/classifier';
import {
  isUsableDescription,
  laterAnswersOnly,
  laterAnswersReader,
  namesOnlyAPlace,
} from '../../src/domain/description';
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
    ['I am in Germany', true],
    ["we're based in the UK", true],
    ['Hello from Japan', true],
    ['韓国です', true],
    ['私は韓国にいます', true],
    ['ドイツ在住です', true],
    ['Outlook is down in our Germany office', false],
    ['韓国支社でメールが送れません', false],
    ['全社でメールが送れません', false],
    ['Teams crashes for everyone in Japan since 9am', false],
    ['I am in Germany and cannot sign in to Teams', false],
  ] as const)('"%s" only names a place: %s', (text, placeOnly) => {
    expect(namesOnlyAPlace(text, places)).toBe(placeOnly);
  });

  test.each([
    'We are currently based in the United Kingdom of Great Britain and Northern Ireland',
    '私は現在、セントビンセント及びグレナディーン諸島に住んでおります',
  ])('the longest ways of saying only where one is still count as a place: "%s"', (longest) => {
    expect(namesOnlyAPlace(longest, places)).toBe(true);
  });

  test('a long description is a problem without searching it for place names', () => {
    const searched: string[] = [];
    const counting = { withoutPlaces: (text: string) => (searched.push(text), places.withoutPlaces(text)) };
    const long =
      'Since this morning nobody in our Germany office can open SharePoint; the sites time out and we have a deadline.';
    expect(namesOnlyAPlace(long, counting)).toBe(false);
    expect(
      namesOnlyAPlace('ドイツ支社で今朝から全員 Teams の会議に入れず、来週の監査の準備が止まっています', counting),
    ).toBe(false);
    expect(searched).toEqual([]);
  });
});

describe('a message that only says which plan or how the organisation bought is not a problem', () => {
  const answers = createAnswerRecognizer();
  const said = (text: string) => laterAnswersOnly(text, laterAnswersReader(answers), tellsAProblem);

  test.each([
    ['we bought it directly', { channel: 'direct' }],
    ['through our reseller', { channel: 'csp' }],
    ['EA', { channel: 'volume' }],
    ['販売代理店経由です', { channel: 'csp' }],
    ['E3', { plan: 'e3' }],
    ["we're on E5, bought through a partner", { plan: 'e5', channel: 'csp' }],
    ['弊社はE3を契約しています', { plan: 'e3' }],
    ['E3、販売代理店経由', { plan: 'e3', channel: 'csp' }],
  ])('"%s" only says that', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test.each([
    'The reseller charged us twice',
    'Outlook crashes on every PC since the update',
    'we bought it directly and since then nobody can open Teams on any of our laptops',
    'no idea how we bought it',
    'Outlook',
    // a plan named in a question or beside a problem is a pre-sales or technical matter
    'E5 pricing?',
    'E3 licence missing for two users',
    'E5にアップグレードしたい',
    'E3 users cannot sign in',
  ])('"%s" is something else', (text) => {
    expect(said(text)).toBeNull();
  });
});
