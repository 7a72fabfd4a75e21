import { TokenizerJa } from '@nlpjs/lang-ja';
import type { NormalizedText } from '../normalize';

/**
 * Word and character features of a description, for the learned models. English: words (light suffix folding)
 * and word pairs; Japanese: words from NLP.js's Japanese segmenter and character pairs, which carry meaning
 * even where the segmenter splits oddly. Each feature also says where it came from, so it can be quoted.
 */
export interface TextFeature {
  readonly name: string;
  /** Span in the normalised text, for quoting the user's own words. */
  readonly from: number;
  readonly to: number;
}

const segmenter = new TokenizerJa();
const LATIN_WORD = /[a-z][a-z0-9'+-]*[a-z0-9+]|[a-z]|\d+/g;
const JAPANESE_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ー]+/g;
const MIN_STEM = 3;

/** "crashes", "crashed", "crashing" → "crash": enough folding for a bag of words, without a stemmer's cost. */
function foldEnglish(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's', 'ly']) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

export function textFeatures(norm: NormalizedText): TextFeature[] {
  const text = norm.text;
  const out: TextFeature[] = [];
  let previous: { word: string; from: number } | null = null;
  for (const m of text.matchAll(LATIN_WORD)) {
    const word = foldEnglish(m[0]);
    const to = m.index + m[0].length;
    out.push({ name: `w:${word}`, from: m.index, to });
    if (previous) out.push({ name: `b:${previous.word}_${word}`, from: previous.from, to });
    previous = { word, from: m.index };
  }
  for (const m of text.matchAll(JAPANESE_RUN)) {
    const run = m[0];
    let at = m.index;
    let prev: { token: string; from: number } | null = null;
    for (const token of segmenter.tokenize(run, false)) {
      const from = text.indexOf(token, at);
      if (from < 0) continue;
      const to = from + token.length;
      out.push({ name: `w:${token}`, from, to });
      if (prev) out.push({ name: `b:${prev.token}_${token}`, from: prev.from, to });
      prev = { token, from };
      at = to;
    }
    for (let i = 0; i + 1 < run.length; i++)
      out.push({ name: `c:${run.slice(i, i + 2)}`, from: m.index + i, to: m.index + i + 2 });
  }
  return out;
}

/** Words that turn what follows into its opposite ("not everyone", "no workaround", "can't work", "nothing broken"). */
const NEGATOR = /^(?:not|no|never|nothing|nobody|none|neither|nor|without|cannot|[a-z]+n't)$/;
/** How many words after a negator it still governs (a clause break ends it sooner). */
const NEGATION_REACH = 3;
const CLAUSE_BREAK = /[.,;:!?()\u2013\u2014]/;

/**
 * Features the issue classifier reads on top of `textFeatures` (the answer models do not): English words governed by a
 * negation ("n:everyone" in "not everyone", so that a negated "everyone" is not read as everyone), and every Japanese
 * character on its own (「全」「誰」「止」 carry meaning in any compound the segmenter makes). Neither is ever quoted.
 */
export function classifierExtraFeatures(norm: NormalizedText): TextFeature[] {
  const text = norm.text;
  const out: TextFeature[] = [];
  let reach = 0;
  let end = 0;
  for (const m of text.matchAll(LATIN_WORD)) {
    if (reach > 0 && CLAUSE_BREAK.test(text.slice(end, m.index))) reach = 0;
    end = m.index + m[0].length;
    if (NEGATOR.test(m[0])) reach = NEGATION_REACH;
    else if (reach > 0) {
      out.push({ name: `n:${foldEnglish(m[0])}`, from: m.index, to: end });
      reach--;
    }
  }
  for (const m of text.matchAll(JAPANESE_RUN))
    for (let i = 0; i < m[0].length; i++) out.push({ name: `c:${m[0][i]!}`, from: m.index + i, to: m.index + i + 1 });
  return out;
}
