import rawLexicon from '../../data/classifier-lexicon.json';
import { DataValidationError } from '../../src/domain/data/validate';
import { otherMakersProduct, scoreCategories } from '../../src/domain/classifier/category';
import { extractSeverityFeatures } from '../../src/domain/classifier/features';
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

describe('the compiled lexicon', () => {
  type Editable = {
    severity: Record<string, { ja: string[]; en: string[] }>;
    category: Record<string, { ja: { p: string; w: number }[]; en: { p: string; w: number }[] }>;
  };
  const edited = (edit: (lex: Editable) => void) => {
    const lex = structuredClone(rawLexicon) as Editable;
    edit(lex);
    return loadLexicon(lex, 'x.json');
  };
  const billing = (lex: ReturnType<typeof loadLexicon>, text: string) => {
    const norm = normalizeText(text);
    return scoreCategories(norm, extractSeverityFeatures(norm, lex), lex).find((s) => s.category === 'billing')!;
  };

  it("keeps each English cue of a severity group to whole words, the group's cues sharing one boundary check", () => {
    const re = edited((lex) => (lex.severity.cosmetic = { ja: ['枠'], en: ['box', 'tray'] })).severity.cosmetic;
    const matches = (text: string) => [...text.matchAll(re)].map((m) => m[0]);
    expect(matches('a box, a tray, 枠')).toEqual(['box', 'tray', '枠']);
    expect(matches('mailbox ashtray')).toEqual([]);
  });

  it("scans a text once for a desk's cues, and finds the desk where any one of them would", () => {
    const lex = edited((lex) => (lex.category.billing = { ja: [{ p: '請求', w: 6 }], en: [{ p: 'invoice', w: 6 }] }));
    expect(lex.anyCategoryCue.billing?.test('the invoice')).toBe(true);
    expect(lex.anyCategoryCue.billing?.test('請求書')).toBe(true);
    expect(lex.anyCategoryCue.billing?.test('reinvoiced')).toBe(false);
    expect(billing(lex, 'where is my invoice and 請求書').score).toBe(12);
    expect(billing(lex, 'Teams is down').score).toBe(0);
  });

  it('scans cue by cue where a cue refers back to its own group, which joined cues would number differently', () => {
    const lex = edited(
      (lex) =>
        (lex.category.billing = {
          ja: [],
          en: [
            { p: 'invoice', w: 6 },
            { p: '(x)\\1', w: 3 },
          ],
        }),
    );
    expect(lex.anyCategoryCue.billing).toBeNull();
    expect(billing(lex, 'the invoice says xx').score).toBe(9);
  });
});

describe("the shipped lexicon's third-party cues", () => {
  const thirdParty = (text: string) => {
    const norm = normalizeText(text);
    return scoreCategories(norm, extractSeverityFeatures(norm)).find((s) => s.category === 'thirdparty')!;
  };

  it.each([
    ['会員管理の予約アプリ（Microsoft製ではありません）で書き出しが失敗します。', 6],
    ['座席表のツールはマイクロソフトの製品じゃないです。', 6],
    ['カシオ製のレジから売上を取り込めません。', 3],
    ['The seat-map tab is an app from Seatwise and has been blank since Monday.', 3],
    ["Our pool-cover firm's app stopped putting the cover times into the calendar.", 3],
    ['The export button that the ticketing company added does nothing any more.', 3],
  ])('%s: a cue of weight %i', (text, weight) => {
    expect(thirdParty(text).best).toBe(weight);
  });

  it.each([
    'We built an app from scratch for our members.',
    'プラスチック製品の在庫表がExcelで開けません。',
    'We installed an app from the store on every laptop.',
    "Our whole company's system for leave is SharePoint.",
    'マイクロソフト製のマウスが反応しません。',
  ])('%s: no third-party cue', (text) => {
    expect(thirdParty(text).best).toBe(0);
  });
});

describe("another maker's product, in the user's words", () => {
  const evidence = (text: string) => otherMakersProduct(normalizeText(text));

  it.each([
    ['The reminders panel is not made by Microsoft, we bought it in Leeds.', 'not made by Microsoft'],
    ['Our rota plug-in (not Microsoft) has stopped syncing.', 'not Microsoft'],
    ['It is a non-Microsoft tool that prints our labels.', 'non-Microsoft tool'],
    ["The vendor blames Microsoft, but it's their product.", "it's their product"],
    ['The scanning app from our till supplier wipes the sheet.', 'app from our till supplier'],
    ['Outlook の右側のパネルが真っ白です。マイクロソフトの製品ではありません。', 'マイクロソフトの製品ではありません'],
    ['予約のボタンが消えました(他社)。', '(他社)'],
    ['他社から導入した在庫のWebパーツが表示されません。', '他社から導入'],
    ['The FarmLedger app asks us to reconnect every morning.', 'FarmLedger app'],
    ["DropVault's OneDrive sync is broken today.", "DropVault's OneDrive sync"],
    ['We use a drone service called FieldEye for the maps.', 'service called FieldEye'],
  ])('%s: %s', (text, words) => {
    expect(evidence(text)).toBe(words);
  });

  it.each([
    "Outlook freezes; I don't think it is Microsoft's fault.",
    'We are not a Microsoft partner yet.',
    'The OneDrive sync icon shows a red cross.',
    'The SharePoint list view is empty.',
    'Teams の外部チャットで取引先1社とだけやり取りできません。他社とは普通にできます。',
    'SMSじゃなくてAuthenticatorの通知にしたいです。',
  ])('%s: none', (text) => {
    expect(evidence(text)).toBeNull();
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
