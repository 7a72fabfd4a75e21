import { createCueReader, createSmallTalkReader, loadMannersLexicon, otherLanguageOf } from '../../src/domain/manners';
import { DataValidationError } from '../../src/domain/data/validate';

const smallTalk = createSmallTalkReader();
const cues = createCueReader();

describe('small talk is told from a problem', () => {
  test.each([
    ['thanks a lot!', 'thanks'],
    ['Thank you for your help!', 'thanks'],
    ['thx', 'thanks'],
    ['ok thanks, bye', 'goodbye'],
    ['Have a great weekend', 'goodbye'],
    ['how are you?', 'howAreYou'],
    ['hi there!', 'greeting'],
    ['OK', 'acknowledgement'],
    ['ありがとうございました！助かりました', 'thanks'],
    ['お世話になっております。', 'greeting'],
    ['了解しました', 'acknowledgement'],
    ['承知いたしました。', 'acknowledgement'],
    ['以上です。ありがとうございました。', 'goodbye'],
    ['それでは失礼いたします。', 'goodbye'],
    ['すみません', 'greeting'],
    ['あの、すいません…', 'greeting'],
    ['Excuse me', 'greeting'],
  ])('"%s" is %s', (text, kind) => {
    expect(smallTalk.read(text)).toBe(kind);
  });

  test.each([
    'thanks, but it still does not work',
    'Hi, Outlook crashes on start',
    'ありがとうございます、でもまだ直りません',
    'hide my files',
    'Exchange is down',
    'はいれません',
    'すみません、間違えました',
  ])('"%s" is not small talk', (text) => {
    expect(smallTalk.read(text)).toBeNull();
  });

  test.each([
    ['お世話になっております。Outlook が起動しません。', 'Outlook が起動しません。'],
    [
      'いつもお世話になっております。株式会社サンプルの山田と申します。メールが送れません。よろしくお願いいたします。',
      'メールが送れません',
    ],
    ['Hello team, Outlook crashes on start. Thanks in advance!', 'Outlook crashes on start.'],
    ['Ｏｕｔｌｏｏｋ が起動しません', 'Ｏｕｔｌｏｏｋ が起動しません'],
    ['すみません、Teams にサインインできません', 'Teams にサインインできません'],
    ['Excuse me, Outlook crashes on start', 'Outlook crashes on start'],
  ])('politeness around "%s" is dropped, the user\'s own characters kept', (text, problem) => {
    expect(smallTalk.stripPoliteness(text)).toBe(problem);
  });
});

describe('asking for a person', () => {
  test.each([
    'can I talk to a human?',
    'real person please',
    'agent',
    'I want to speak to someone',
    'connect me to an agent please',
    'is there a human there?',
    'オペレーターにつないでください',
    '人と話したい',
    '担当者に代わって',
    '有人対応をお願いします',
    '人間と話せますか',
    'ＯＰＥＲＡＴＯＲ',
  ])('"%s" asks for a person', (text) => {
    expect(cues.asksForPerson(text)).toBe(true);
  });

  test.each([
    'the agent in our call queue cannot take calls',
    '担当者がログインできません',
    'human resources cannot log in',
  ])('"%s" does not', (text) => {
    expect(cues.asksForPerson(text)).toBe(false);
  });
});

describe('corrections and a second problem', () => {
  test.each([
    ["actually it's only me", "it's only me"],
    ['wait, we bought it from a partner', 'we bought it from a partner'],
    ['やっぱり自分だけです', '自分だけです'],
    ['あ、パートナー経由で買いました', 'パートナー経由で買いました'],
  ])('"%s" opens with a correction', (text, rest) => {
    expect(cues.correction(text)).toEqual({ rest });
  });

  test('an answer without a correction cue is not a correction', () => {
    expect(cues.correction('only me')).toBeNull();
  });

  test.each([
    ["also my printer doesn't work", '', "my printer doesn't work"],
    ["just me. Also my printer doesn't work either", 'just me', "my printer doesn't work either"],
    ['あと、別件ですが、プリンターが印刷できません', '', 'プリンターが印刷できません'],
  ])('"%s" mentions a second problem', (text, before, problem) => {
    expect(cues.secondProblem(text)).toEqual({ before, problem });
  });

  test('"also" without a problem is not a second problem', () => {
    expect(cues.secondProblem('also the web version works')).toBeNull();
  });
});

describe('languages other than Japanese and English', () => {
  test.each([
    ['Mein Drucker funktioniert seit heute Morgen nicht mehr', 'de'],
    ['我的邮箱从今天早上开始无法发送邮件', 'zh'],
    ['Outlook no funciona desde ayer por la tarde', 'es'],
  ])('"%s" is %s', (text, language) => {
    expect(otherLanguageOf(text)).toBe(language);
  });

  test.each([
    'OK',
    'E3',
    'Danke',
    'Microsoft 365 Business Basic',
    'meeru ga okurenai desu',
    '障害発生中',
    '全社メール不通',
    'SharePoint is down for every user in the company and there is no other way to get to the files',
  ])('"%s" is not taken for another language', (text) => {
    expect(otherLanguageOf(text)).toBeNull();
  });
});

describe('data/manners.json is validated at start-up', () => {
  test('a pattern that is not a regular expression names the file and the field', () => {
    const lexicon = structuredClone(loadMannersLexicon()) as unknown as { human: { en: string[] } };
    lexicon.human.en.push('(unclosed');
    expect(() => loadMannersLexicon(lexicon)).toThrow(DataValidationError);
    expect(() => loadMannersLexicon(lexicon)).toThrow(/data\/manners\.json: human\.en\[\d+\]/);
  });
});

test('"no, and also the web version doesn\'t work" answers the workaround question; it is no second problem', () => {
  expect(createCueReader().secondProblem("no, and also the web version doesn't work")).toBeNull();
});
