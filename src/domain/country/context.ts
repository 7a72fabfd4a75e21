/**
 * Where is the user now? When an answer names several places ("born in Poland, living in Norway now",
 * 「中国出身で、今は台湾にいます」), the words around each name tell whether it is where the user is now ('current'),
 * was ('past': born in, used to live in, 出身), comes from ('origin': a bare "from", 「から」), will be ('future':
 * moving to, 行く予定) or someone else's place ('other': my company is in, 本社は). The cue words are kept in data/country-context.json.
 *
 * Every place name found is replaced by ◆ in a copy of the normalised text, so a cue can span a name ("moved from ◆
 * to"); spaces between CJK characters are dropped, so Japanese cues need no spaces. For each name the longest cue
 * that ends right before it or starts right after it wins; a cue right after one name that is also the cue right
 * before the next ("was in ◆ now in ◆") belongs to the next one. Names joined only by "and", "or", 「と」, 「の」… share
 * their cue ("I live in Japan and Korea": both current).
 */
import { countryContext, type Cue } from './aliases';

export type { Cue } from './aliases';

export interface Span {
  start: number;
  end: number;
}

const PLACE = '◆';
/** How far before or after a name a cue may reach (characters of the ◆ text). */
const WINDOW = 60;
/** Scripts written without spaces (kana, CJK, Hangul), and the ◆ standing for a name. */
const NO_SPACE = '\u3005\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\uff01-\uff60';
const SPACE_IN_CJK = new RegExp(`(?<=[${NO_SPACE}${PLACE}]) (?=[${NO_SPACE}])|(?<=[${NO_SPACE}]) (?=[${PLACE}])`, 'gu');

interface CueRegex {
  cue: Cue;
  re: RegExp;
}

// a cue is a whole word (or starts/ends at a non-Latin character): "from" is not the end of "therefrom"
const compileBefore = (p: string) => new RegExp(`(?<![a-z0-9])(?:${p}) ?$`, 'u');
const compileAfter = (p: string) => new RegExp(`^ ?(?:${p})(?![a-z0-9])`, 'u');

/** Ties between cue classes go to the first here. */
const ORDER: Cue[] = ['other', 'past', 'origin', 'future', 'current'];

/**
 * Before a name, one regex per cue class: anchored at the end, the leftmost match is the longest. After a name, one
 * regex per pattern, so that the longest alternative (not the first) is seen.
 */
const BEFORE: CueRegex[] = ORDER.filter((cue) => countryContext.before[cue].length).map((cue) => ({
  cue,
  re: compileBefore(countryContext.before[cue].map((p) => `(?:${p})`).join('|')),
}));
const AFTER: CueRegex[] = ORDER.flatMap((cue) => countryContext.after[cue].map((p) => ({ cue, re: compileAfter(p) })));
const JOINERS = `(?:${countryContext.joiners.map((p) => `(?:${p})`).join('|')})`;
/** Between two names: only a joiner, or nothing. */
const JOINED = new RegExp(`^${PLACE} ?(?:${JOINERS} ?)?$`, 'u');

interface Hit {
  cue: Cue;
  length: number;
}

function longest(text: string, regexes: CueRegex[]): Hit | null {
  let best: Hit | null = null;
  for (const { cue, re } of regexes) {
    const m = re.exec(text);
    if (m && (!best || m[0].length > best.length)) best = { cue, length: m[0].length };
  }
  return best;
}

/**
 * The cue of each name (spans into `s`, sorted, not overlapping): 'current', 'past', 'origin', 'future', 'other' or null
 * (nothing said).
 */
export function cuesOf(s: string, spans: Span[]): Array<Cue | null> {
  // the ◆ text, and where each name stands in it
  let text = '';
  let from = 0;
  const at: number[] = [];
  for (const { start, end } of spans) {
    text += s.slice(from, start);
    at.push(text.length);
    text += PLACE;
    from = end;
  }
  text += s.slice(from);
  // drop spaces inside CJK text: keep positions by rebuilding them
  const compact = text.replace(SPACE_IN_CJK, '');
  if (compact !== text) {
    at.length = 0;
    for (let i = 0; i < compact.length; i++) if (compact[i] === PLACE) at.push(i);
    text = compact;
  }

  const n = spans.length;
  const before: Array<Hit | null> = [];
  const after: Array<Hit | null> = [];
  for (let i = 0; i < n; i++) {
    const p = at[i]!;
    before.push(longest(text.slice(Math.max(0, p - WINDOW), p), BEFORE));
    after.push(longest(text.slice(p + 1, p + 1 + WINDOW), AFTER));
  }
  const cues: Array<Cue | null> = [];
  for (let i = 0; i < n; i++) {
    let a = after[i];
    // "was in ◆ now in ◆": the words after this name are the next name's cue
    if (a && i + 1 < n && before[i + 1] && at[i]! + 1 + a.length > at[i + 1]! - before[i + 1]!.length) a = null;
    const b = before[i];
    cues.push(b && (!a || b.length >= a.length) ? b.cue : a ? a.cue : null);
  }
  // names joined by "and", "/", 「と」: one cue for the list
  for (let round = 0; round < 2; round++) {
    for (let i = 1; i < n; i++) {
      const gap = text.slice(at[i - 1]!, at[i]!);
      if (!JOINED.test(gap)) continue;
      if (cues[i] && !cues[i - 1]) cues[i - 1] = cues[i]!;
      else if (cues[i - 1] && !cues[i]) cues[i] = cues[i - 1]!;
    }
  }
  return cues;
}

/** Cues that the user is not there now. */
export function isElsewhere(cue: Cue | null): boolean {
  return cue !== null && cue !== 'current';
}
