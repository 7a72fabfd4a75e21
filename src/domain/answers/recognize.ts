import { severityTold } from '../classifier';
import { blankSpans, normalizeText, originalSpan, type NormalizedText } from '../classifier/normalize';
import type { PurchaseChannel, Scope, Severity } from '../types';
import { learnedAnswer, loadAnswerModels, type AnswerModels } from './learned';
import { loadAnswerLexicon, type CompiledAnswerLexicon } from './lexicon';
import { withDigits } from './numerals';
import type { AlsoAnswered, AnswerReading, AnswerValues, Confirmation, QuestionKind, YesNo } from './types';

/** Longest answer read in full; a pasted essay is cut rather than scanned at length. */
const MAX_ANSWER_LENGTH = 500;
/** A head count from this number up reads as "many" when the text gives no total to compare with. */
const MANY_PEOPLE_FROM = 50;
/** Weights of the yes/no evidence: a leading yes/no, and a statement that something does or does not work. */
const LEAD_WEIGHT = 3;
const STATEMENT_WEIGHT = 2;
/** "no, but the web version works": what follows a "but" is what the user means. */
const AFTER_BUT_BONUS = 2;

const BUT = /(?<![a-z])(but|though|although|however|except)(?![a-z])|けど|けれど|ですが|だが|ただ|でも|一応|、が/u;
const WORKAROUND_WORDS =
  /workaround|work-around|work around|alternative|other way|for now|meanwhile|in the meantime|fall ?back|instead|回避|代替|代わり|別の(方法|手段)|なんとか|とりあえず|当面/u;
const LETTER =
  /(?<![a-z0-9])(sev(?:erity)?|level|grade|priority|option|重大度|レベル|ランク|優先度)?\s*[:：]?\s*([abc])(?![a-z0-9])/gu;
/** After these a lone "a" is the severity, not the English article. */
const AFTER_LETTER =
  /^\s*($|[:：),.!。、\-–—]|で|です|に|を|が|だ|でお願い|please|pls|plz|sir|ma'?am|madam|po(?![a-z])|instead|rather|then|now|too|is|would|works|fits|seems|sounds|か|くらい|ぐらい|相当|レベル|ランク|level|grade|sev|severity|for sure|i think|i guess|imo)/u;
const HEAD_COUNT =
  /(?:(?:maybe|about|around|roughly|approximately|approx\.?|~|約|およそ)\s*(\d[\d,]*)(?!\s*(?:%|percent|割))(?=\s*[.,!)]|\s*$))|(?:(\d[\d,]*)(?:\s*(?:or|to|-|–|〜|~)\s*\d+)?\s*(?:(?:out )?of\s*(?:our|the|about|around|approx\.?)?\s*(\d[\d,]*))?\s*(?:people|ppl|users|staff|employees|persons|members|colleagues|folks|guys|of us|accounts|mailboxes|teachers|students|pupils|nurses|doctors|agents|drivers|workers|devices|pcs|laptops|computers|machines|terminals|人|名|台))/u;
const RATIO_JA = /(\d[\d,]*)\s*(?:人|名)\s*(?:中|のうち)\s*(\d[\d,]*)\s*(?:人|名)/u;
/** A share of the whole in tenths or per cent: 「全体の1割」, 「社員の9割」, "20% of our staff". */
const SHARE =
  /(?:(\d{1,2})\s*割)|(?:(\d{1,3})\s*(?:%|percent|per cent|パーセント)\s*(?:of|の)\s*(?:us|the|our|them|users|staff|people|employees|社員|ユーザー|人|職員|従業員))/u;

interface Hit {
  index: number;
  text: string;
}

function find(re: RegExp, text: string): Hit | null {
  const m = re.exec(text);
  return m ? { index: m.index, text: m[0] } : null;
}

function prepare(raw: string): NormalizedText {
  const clipped = raw.length > MAX_ANSWER_LENGTH ? raw.slice(0, MAX_ANSWER_LENGTH) : raw;
  return normalizeText(clipped.trim());
}

/** The answer with leading quotes, brackets and spaces dropped, so "lead" cues can test position 0. */
function leadOffset(text: string): number {
  const m = /^(?:[\s"'「『(（\-–—*>,、.。]|well|um+|uh+|hmm+|so|oh|えー|えっと|うーん|あの|あー)*/u.exec(text);
  return m ? m[0].length : 0;
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** The text with a hit's characters turned to spaces, so later cues cannot match inside it; indexes stay put. */
function blank(text: string, hit: Hit): string {
  return blankSpans(text, [[hit.index, hit.index + hit.text.length]]);
}

function span(norm: NormalizedText, hit: Hit | null): string {
  return hit ? originalSpan(norm, hit.index, hit.index + hit.text.length) : '';
}

export interface AnswerRecognizer {
  recognize<K extends QuestionKind>(kind: K, text: string): AnswerReading<K>;
}

/**
 * Reads a typed answer to one of the bot's questions, in Japanese or English (or both at once), and anything else
 * it settles along the way. Pure: no botbuilder, no I/O after construction.
 */
export function createAnswerRecognizer(
  lexicon: CompiledAnswerLexicon = loadAnswerLexicon(),
  models: AnswerModels = loadAnswerModels(),
  describedSeverity: (text: string) => Severity | null = severityTold,
): AnswerRecognizer {
  const lex = lexicon;

  function atLead(re: RegExp, text: string): Hit | null {
    const offset = leadOffset(text);
    const hit = find(re, text.slice(offset));
    return hit && hit.index === 0 ? { index: offset, text: hit.text } : null;
  }

  function yesNo(norm: NormalizedText, strict: boolean): { value: YesNo | null; hit: Hit | null } {
    const text = norm.text;
    if (strict && !WORKAROUND_WORDS.test(text)) return { value: null, hit: null };
    const yesLead = strict ? null : atLead(lex.yesNo.yesLead, text);
    const noLead = strict ? null : atLead(lex.yesNo.noLead, text);
    const fails = find(lex.yesNo.doesNotWork, text);
    const worksHit = find(lex.yesNo.works, text);
    // 「回避できない」 contains 「回避でき」: a "works" inside a failure statement is part of it
    const works = worksHit && fails && overlaps(worksHit, fails) ? null : worksHit;
    const but = find(BUT, text);
    let yes = yesLead ? LEAD_WEIGHT : 0;
    let no = noLead ? LEAD_WEIGHT : 0;
    if (works) yes += STATEMENT_WEIGHT + (but && works.index > but.index ? AFTER_BUT_BONUS : 0);
    if (fails) no += STATEMENT_WEIGHT + (but && fails.index > but.index ? AFTER_BUT_BONUS : 0);
    if (yes > no) return { value: 'yes', hit: works ?? yesLead };
    if (no > yes) return { value: 'no', hit: fails ?? noLead };
    // "the app on our phones fails too": with nothing else to go on, the later statement is the answer
    if (works && fails) return fails.index > works.index ? { value: 'no', hit: fails } : { value: 'yes', hit: works };
    return { value: null, hit: null };
  }

  /**
   * How many the user counts ("twelve of us", 「三十人くらい」), and whether as a share of the whole ("12 out of 200
   * users", 「300名のうち10名」, 「全体の1割」), which is more telling than an "all" or 「全社」 named beside it. Counted once
   * for all of `scope`'s tests.
   */
  function countOf(written: string): { value: Scope; ofWhole: boolean; hit: Hit | null } | null {
    const text = withDigits(written);
    const share = SHARE.exec(text);
    if (share) {
      const part = share[1] !== undefined ? Number(share[1]) / 10 : Number(share[2]) / 100;
      return { value: part >= 0.5 ? 'many' : 'some', ofWhole: true, hit: { index: share.index, text: share[0] } };
    }
    const ratio = RATIO_JA.exec(text);
    const m = HEAD_COUNT.exec(text);
    const counted = m?.[1] ?? m?.[2];
    const count = ratio ? Number(ratio[2]!.replace(/,/g, '')) : counted ? Number(counted.replace(/,/g, '')) : NaN;
    const total = ratio ? Number(ratio[1]!.replace(/,/g, '')) : m?.[3] ? Number(m[3].replace(/,/g, '')) : NaN;
    if (!Number.isFinite(count)) return null;
    const ofWhole = ratio !== null || m?.[3] !== undefined;
    const hit = ofWhole
      ? (find(RATIO_JA, text) ?? find(HEAD_COUNT, text))
      : (find(HEAD_COUNT, written) ?? find(RATIO_JA, written));
    if (Number.isFinite(total) && total > 0)
      return { value: count <= 1 ? 'one' : count / total >= 0.5 ? 'many' : 'some', ofWhole, hit };
    return { value: count <= 1 ? 'one' : count >= MANY_PEOPLE_FROM ? 'many' : 'some', ofWhole, hit };
  }

  function scope(norm: NormalizedText): { value: Scope | null; hit: Hit | null } {
    // "the rest of the team is fine" says who is not affected: the group it names is not the scope
    const othersFine = find(lex.scope.othersFine, norm.text);
    const text = othersFine ? blank(norm.text, othersFine) : norm.text;
    const one = find(lex.scope.one, text);
    const unit = find(lex.scope.unit, text);
    const someWord = find(lex.scope.some, text);
    const some = someWord ?? unit;
    const many = find(lex.scope.many, text);
    // "just my mailbox, the rest of the team is fine": whoever is named is all there is
    if (othersFine) {
      if (one && !unit) return { value: 'one', hit: one };
      return { value: 'some', hit: unit ?? some ?? one };
    }
    // "a few, not everyone": a denied "all" is some (or one, if that is what the user says)
    const notAll = find(lex.scope.notAll, text);
    if (notAll) return one && !some ? { value: 'one', hit: one } : { value: 'some', hit: some ?? notAll };
    const counted = countOf(text);
    if (counted?.ofWhole) return counted;
    // "just one teacher: her class notebooks won't load": the one person named first is the scope, not the group named
    // after it
    if (one && !someWord && unit && one.index < unit.index && !many) return { value: 'one', hit: one };
    // "everyone in my team", "営業部の全員": all of one group is some of the organisation, unless the user counts it as
    // many ("everyone at the site, around sixty people")
    if (many && unit) return counted?.value === 'many' ? { value: 'many', hit: many } : { value: 'some', hit: unit };
    if (many) return { value: 'many', hit: many };
    if (counted) return counted;
    if (some) return { value: 'some', hit: some };
    if (one) return { value: 'one', hit: one };
    return { value: null, hit: null };
  }

  function severityLetter(text: string, strict: boolean): { value: Severity; hit: Hit } | null {
    LETTER.lastIndex = 0;
    let m: RegExpExecArray | null;
    const short = text.replace(/[\s.!。、:：]/gu, '').length <= 2;
    const lead = leadOffset(text);
    while ((m = LETTER.exec(text)) !== null) {
      const prefixed = m[1] !== undefined;
      const letter = m[2]!;
      const after = text.slice(m.index + m[0].length);
      // "B po, it still works but slowly": a b or a c that opens the answer is the letter whatever follows (only "a"
      // opens English sentences)
      const opens = letter !== 'a' && m.index === lead;
      const plain =
        prefixed ||
        short ||
        opens ||
        (letter !== 'a' ? !/^\s+[a-z]/u.test(after) || AFTER_LETTER.test(after) : AFTER_LETTER.test(after));
      if (strict ? prefixed : plain)
        return { value: letter.toUpperCase() as Severity, hit: { index: m.index, text: m[0] } };
    }
    return null;
  }

  function severity(norm: NormalizedText, strict: boolean): { value: Severity | null; hit: Hit | null } {
    const text = norm.text;
    const letter = severityLetter(text, strict);
    if (letter) return letter;
    if (strict) return { value: null, hit: null };
    const notA = find(lex.severity.notA, text);
    const b = find(lex.severity.B, text);
    if (notA) {
      if (b) return { value: 'B', hit: b };
      // 「深刻ですが、緊急事態というほどではありません」: an A word still named beside the negation makes it the middle,
      // not the lowest
      const aBeside = find(lex.severity.A, blank(text, notA));
      return aBeside ? { value: 'B', hit: aBeside } : { value: 'C', hit: notA };
    }
    const a = find(lex.severity.A, text);
    if (a) return { value: 'A', hit: a };
    if (b) return { value: 'B', hit: b };
    const c = find(lex.severity.C, text);
    return c ? { value: 'C', hit: c } : { value: null, hit: null };
  }

  function confirm(norm: NormalizedText): { value: Confirmation | null; hit: Hit | null } {
    const text = norm.text;
    // "no problem", "that's what I'd pick too": agreement worded with a negation or a verb of choosing
    const strong = find(lex.confirm.fitsStrong, text);
    if (strong) return { value: 'fits', hit: strong };
    const change = find(lex.confirm.change, text);
    if (change) return { value: 'change', hit: change };
    const fits = find(lex.confirm.fits, text);
    if (fits) return { value: 'fits', hit: fits };
    // naming a severity is an answer of its own ("B", "it's an A"): the dialog compares it with its proposal
    const named = severity(norm, false);
    return named.value ? { value: 'change', hit: named.hit } : { value: null, hit: null };
  }

  function plan(norm: NormalizedText): { value: string | null; hit: Hit | null } {
    const hits = lex.plan.map(({ id, re }) => ({ id, hit: find(re, norm.text) })).filter((p) => p.hit !== null);
    // "Basic or Standard?": two plans named is not an answer
    return hits.length === 1 ? { value: hits[0]!.id, hit: hits[0]!.hit } : { value: null, hit: null };
  }

  function channel(norm: NormalizedText): { value: PurchaseChannel | null; hit: Hit | null } {
    const text = norm.text;
    const notCsp = find(lex.channel.notCsp, text);
    const rest = notCsp ? blank(text, notCsp) : text;
    // an agreement bought through a partner is still volume licensing; a partner's sale is not a direct one
    const volume = find(lex.channel.volume, rest);
    if (volume) return { value: 'volume', hit: volume };
    const csp = find(lex.channel.csp, rest);
    if (csp) return { value: 'csp', hit: csp };
    const direct = find(lex.channel.direct, rest);
    return direct ? { value: 'direct', hit: direct } : { value: null, hit: null };
  }

  function channelsNamed(text: string): number {
    return [lex.channel.csp, lex.channel.volume, lex.channel.direct].filter((re) => re.test(text)).length;
  }

  function also(kind: QuestionKind, norm: NormalizedText): AlsoAnswered {
    const out: AlsoAnswered = {};
    if (kind !== 'scope') {
      const s = scope(norm).value;
      if (s) out.scope = s;
    }
    if (kind !== 'yes-no') {
      const w = yesNo(norm, true).value;
      if (w) out.workaround = w;
    }
    if (kind !== 'plan') {
      const p = plan(norm).value;
      if (p) out.plan = p;
    }
    if (kind !== 'channel') {
      const c = channel(norm).value;
      if (c) out.channel = c;
    }
    if (kind === 'confirm') {
      // after "does Severity B fit?": "lower" or 「もっと緊急」 is relative to the proposal; a letter or a word
      // ("no, it's an A", "critical") is the severity meant
      const lower = find(lex.confirm.lower, norm.text);
      const higher = find(lex.confirm.higher, norm.text);
      const letter = severityLetter(norm.text, false);
      if (letter) out.severity = letter.value;
      else if (lower && !higher) out.direction = 'lower';
      else if (higher && !lower) out.direction = 'higher';
      else {
        const v = severity(norm, false).value;
        if (v) out.severity = v;
      }
    } else if (kind !== 'severity') {
      const v = severity(norm, true).value;
      if (v) out.severity = v;
    }
    return out;
  }

  function read(kind: QuestionKind, norm: NormalizedText): { value: string | null; hit: Hit | null } {
    switch (kind) {
      case 'yes-no':
        return yesNo(norm, false);
      case 'scope':
        return scope(norm);
      case 'confirm':
        return confirm(norm);
      case 'severity':
        return severity(norm, false);
      case 'plan':
        return plan(norm);
      case 'channel':
        return channel(norm);
    }
  }

  return {
    recognize<K extends QuestionKind>(kind: K, text: string): AnswerReading<K> {
      const norm = prepare(text);
      if (!norm.text) return { value: null, dontKnow: false, evidence: '', also: {} };
      const dontKnowHit = find(lex.dontKnow, norm.text);
      const read1 = read(kind, norm);
      // "no idea" is not a "no": a reading made of the don't-know words themselves does not count
      const inside = read1.hit !== null && dontKnowHit !== null && overlaps(read1.hit, dontKnowHit);
      // "direct or a reseller, I don't know": naming both sides of a doubt is not an answer
      const torn = dontKnowHit !== null && kind === 'channel' && channelsNamed(norm.text) > 1;
      const { value, hit } = inside || torn ? { value: null, hit: null } : read1;
      const dontKnow = value === null && dontKnowHit !== null;
      const allowsUnknown = kind === 'plan' || kind === 'channel';
      // no cue fired: the learned model may still recognise the wording (never over a "don't know")
      const learned = value === null && !dontKnow && !torn ? learnedAnswer(models[kind], norm) : null;
      // a severity told as what is happening, not as a letter, is read as a description is
      const described = kind === 'severity' && value === null && !dontKnow ? describedSeverity(norm.original) : null;
      const finalValue = value ?? described ?? learned ?? (dontKnow && allowsUnknown ? 'unknown' : null);
      return {
        value: finalValue as AnswerValues[K] | null,
        dontKnow,
        evidence: span(norm, hit ?? dontKnowHit),
        also: also(kind, norm),
      };
    },
  };
}
