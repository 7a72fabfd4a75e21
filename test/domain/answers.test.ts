import { createAnswerRecognizer, type QuestionKind } from '../../src/domain/answers';
import { loadAnswerLexicon } from '../../src/domain/answers';
import { loadTriageData } from '../../src/domain/data/loadData';
import { DataValidationError } from '../../src/domain/data/validate';
import rawLexicon from '../../data/answer-lexicon.json';

const recognizer = createAnswerRecognizer();
const value = (kind: QuestionKind, text: string) => recognizer.recognize(kind, text).value;

// What people type, as data: [typed answer, what it means]. Written for this test, not taken from any scoring set.
const CASES: Record<QuestionKind, [string, string | null][]> = {
  'yes-no': [
    ['yeah', 'yes'],
    ['yes — people are on the desktop client', 'yes'],
    ['we switched to the browser version in the meantime', 'yes'],
    ['not really, but we can phone customers instead', 'yes'],
    ['nah', 'no'],
    ['no, everything is down', 'no'],
    ['none that we found', 'no'],
    ['the app on our phones fails too, same error', 'no'],
    ['うん、ブラウザなら開けます', 'yes'],
    ['当面は紙で回しています', 'yes'],
    ['ないですね', 'no'],
    ['いいえ、どの端末からもつながりません', 'no'],
    ['スマホでも同じエラーです', 'no'],
    ['banana', null],
    // a negated "there is a way", in keigo or plain; a hedged English no
    ['別の手段は特にございません', 'no'],
    ['手で代わりにやれることもないです', 'no'],
    ["I don't think so, we've tried everything", 'no'],
    // nobody able to, nothing to use instead, no doing it by hand
    ['nobody can send mail from any device', 'no'],
    ['代わりになる手段がありません', 'no'],
    ["we can't process them by hand, there are too many", 'no'],
  ],
  scope: [
    ['only me', 'one'],
    ['just my PC as far as I know', 'one'],
    ['three people in accounts', 'some'],
    ['our support team', 'some'],
    ['a couple of colleagues, not everybody', 'some'],
    ['the entire firm', 'many'],
    ['every single user', 'many'],
    ['120 of our 150 staff', 'many'],
    ['私だけです', 'one'],
    ['経理課のメンバーです', 'some'],
    ['7名ほど', 'some'],
    ['全職員です', 'many'],
    ['社内みんなです', 'many'],
    ['全員ではなく、何人かです', 'some'],
    // counts in words and kanji, and counts of devices
    ['roughly seventy people', 'many'],
    ['twelve of us in the lab', 'some'],
    ['二百名以上', 'many'],
    ['三十人くらいです', 'some'],
    ['受付の端末4台だけ', 'some'],
    // the one person named first is the scope, not the group named after it
    ['Only one nurse, her ward laptop cannot open the shift rota', 'one'],
    // "nobody else" says one; every branch is not one group; a group counted as many is many
    ['just my laptop, nobody else has it', 'one'],
    ['it is only my account, no one else', 'one'],
    ['全店舗のスタッフ全員', 'many'],
    ['すべての拠点の社員です', 'many'],
    ['everyone in our branch, around 70 people', 'many'],
    ['everyone in my team, the 6 of us', 'some'],
    // a share of the whole decides before an "all" beside it
    ['全社400名のうち15名ほど', 'some'],
    ['社員の9割です', 'many'],
    ['全体の2割くらい', 'some'],
  ],
  confirm: [
    ['yep', 'fits'],
    ['looks right to me', 'fits'],
    ['no problem with that', 'fits'],
    ['no, it should be higher', 'change'],
    ['less urgent than that really', 'change'],
    ['make it C', 'change'],
    ['それでいいです', 'fits'],
    ['妥当だと思います', 'fits'],
    ['違います、もっと重大です', 'change'],
    ['低すぎると思う', 'change'],
    // agreement in one word, or as keeping what was proposed
    ['Confirmed', 'fits'],
    ['absolutely, go ahead', 'fits'],
    ['Aのままでお願いします', 'fits'],
    // a disagreement worded with the verb of agreeing
    ['その判定には同意しかねます', 'change'],
    ["I don't agree with that", 'change'],
    ['重大度はその判定を維持でお願いします', 'fits'],
  ],
  severity: [
    ['A', 'A'],
    ['Ｂ', 'B'],
    ['severity c', 'C'],
    ['it is critical', 'A'],
    ['high', 'B'],
    ['minor', 'C'],
    ['not critical at all', 'C'],
    ['重大度はBで', 'B'],
    ['緊急です', 'A'],
    ['重大ではありません', 'C'],
    // a letter that opens the answer, whatever polite word follows; letters in katakana
    ['C ja, nur die Schrift ist komisch', 'C'],
    ['A sir, the shop cannot take payments', 'A'],
    ['ビーでお願いします', 'B'],
    ['クリティカルです', 'A'],
    // the severity told as what is happening
    ['email is down for the entire company', 'A'],
    ['it works but it is really slow for a few people', 'B'],
    ['全社でメールが一切送れず業務が止まっています', 'A'],
    // 重大度 is the word "severity", not "critical"; an A word said not to apply; one below the top
    ['重大度：高', 'B'],
    ['重大度としては高が妥当かと', 'B'],
    ['not an outage, but high', 'B'],
    ['nothing critical, it can wait', 'C'],
    ['致命的というほどではないです', 'C'],
    ['深刻だけど緊急事態ではない', 'B'],
    ['second highest please', 'B'],
    ['as high as it can go', 'A'],
    ['最上位の一つ下でお願いします', 'B'],
    ['high — not a total outage', 'B'],
  ],
  plan: [
    ['E5', 'e5'],
    ['office 365 e3 plan', 'e3'],
    ['Biz Basic', 'business-basic'],
    ['we just have the apps for business', 'apps-for-business'],
    ['G3', 'g3'],
    ['K1 licences', 'k1'],
    ['dunno, ask finance', 'unknown'],
    ['ビジネススタンダードです', 'business-standard'],
    ['E1 だと思います', 'e1'],
    ['ちょっとわかりません', 'unknown'],
    ['Basic or Standard, one of the two', null],
  ],
  channel: [
    ['bought it straight from Microsoft', 'direct'],
    ['paid online by card', 'direct'],
    ['our IT provider sells it to us', 'csp'],
    ['via the reseller', 'csp'],
    ['we have an Enterprise Agreement', 'volume'],
    ['not sure tbh', 'unknown'],
    ['販売代理店から購入しています', 'csp'],
    ['マイクロソフトから直接買いました', 'direct'],
    // a partner said not to be there; a true-up is an enterprise agreement's
    ['代理店は入っていません、マイクロソフトと直接契約です', 'direct'],
    ['直販です。パートナーなし', 'direct'],
    ['no partner involved, we pay Microsoft', 'direct'],
    ['we true up every year', 'volume'],
    ['ボリュームライセンスで契約', 'volume'],
    ['担当者に確認しないとわかりません', 'unknown'],
    // a partner said not to be used; katakana and mixed-script names; a don't-know in another language
    ['代理店は通してへんよ、ネットで申し込んだ', 'direct'],
    ['ダイレクトで買いました', 'direct'],
    ['Open ライセンスです', 'volume'],
    ['não sei, sorry', 'unknown'],
  ],
};

describe('the answer recogniser reads typed answers', () => {
  for (const [kind, cases] of Object.entries(CASES) as [QuestionKind, [string, string | null][]][]) {
    test.each(cases)(`${kind}: "%s" means %s`, (text, expected) => {
      expect(value(kind, text)).toBe(expected);
    });
  }
});

describe('an answer that says more fills the other questions too', () => {
  test('a scope answer that also says there is a workaround', () => {
    expect(recognizer.recognize('scope', 'just me, and I can use the web version meanwhile')).toMatchObject({
      value: 'one',
      also: { workaround: 'yes' },
    });
  });
  test('a plan answer that also names the purchase channel', () => {
    expect(recognizer.recognize('plan', 'E3, bought through our partner')).toMatchObject({
      value: 'e3',
      also: { channel: 'csp' },
    });
  });
  test('a confirmation that names another severity', () => {
    expect(recognizer.recognize('confirm', 'no — severity A')).toMatchObject({
      value: 'change',
      also: { severity: 'A' },
    });
  });
  test('"lower" and 「もっと緊急」 are relative to the proposed severity, a letter is absolute', () => {
    expect(recognizer.recognize('confirm', 'a bit too high, honestly').also).toMatchObject({ direction: 'lower' });
    expect(recognizer.recognize('confirm', 'いいえ、もっと緊急です').also).toMatchObject({ direction: 'higher' });
    expect(recognizer.recognize('confirm', 'lower it to C').also).toMatchObject({ severity: 'C' });
  });
  test('a bare yes does not answer the workaround question when the scope was asked', () => {
    expect(recognizer.recognize('scope', 'yes everyone').also.workaround).toBeUndefined();
  });
});

describe('evidence and limits', () => {
  test('the words that decided are quoted as the user typed them', () => {
    expect(recognizer.recognize('channel', 'Through our RESELLER').evidence).toBe('RESELLER');
  });
  test('"don\'t know" is flagged, and is "unknown" only where the question allows it', () => {
    expect(recognizer.recognize('plan', 'no idea')).toMatchObject({ value: 'unknown', dontKnow: true });
    expect(recognizer.recognize('yes-no', 'no idea')).toMatchObject({ value: null, dontKnow: true });
  });
  test('empty and huge answers are read without error', () => {
    expect(value('scope', '')).toBeNull();
    expect(value('plan', 'E3 '.repeat(10_000))).toBe('e3');
  });
  test('every plan the lexicon names is a plan of data/plans.json', () => {
    const ids = loadTriageData().support.plans.plans.map((p) => p.id);
    expect(Object.keys(rawLexicon.plan).every((id) => ids.includes(id))).toBe(true);
  });
  test('a broken lexicon stops start-up with one line naming the file and field', () => {
    const broken = { ...rawLexicon, scope: { ...rawLexicon.scope, many: { ja: ['('], en: [] } } };
    expect(() => loadAnswerLexicon(broken, 'data/answer-lexicon.json')).toThrow(DataValidationError);
    expect(() => loadAnswerLexicon(broken, 'data/answer-lexicon.json')).toThrow(
      /data\/answer-lexicon.json: scope.many.ja\[0\]/,
    );
  });
});
