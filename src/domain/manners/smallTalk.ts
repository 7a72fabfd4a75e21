import { normalizeText, originalSpan } from '../classifier/normalize';
import { rememberRecent } from '../rememberRecent';
import { loadMannersLexicon, phraseSource, type MannersLexicon } from './lexicon';

export type SmallTalkKind = 'greeting' | 'thanks' | 'goodbye' | 'acknowledgement' | 'howAreYou';

/** The answer a message made only of these deserves: a goodbye outweighs thanks, thanks a greeting, and so on. */
const PRECEDENCE: readonly SmallTalkKind[] = ['goodbye', 'thanks', 'howAreYou', 'greeting', 'acknowledgement'];
/** Formulas that open or close a real request ("お世話になっております。", "Hi team,", "Thanks in advance."). */
const POLITENESS: readonly SmallTalkKind[] = ['greeting', 'thanks', 'goodbye'];
/** Spaces, punctuation, emoji and the long-vowel marks people trail greetings with. */
const FILLER = String.raw`[\s\p{P}\p{S}ー〜~w]*`;
const FILLER_RE = new RegExp(`^${FILLER}$`, 'u');

export interface SmallTalkReader {
  /** What the message is, when it is nothing but greetings, thanks, goodbyes or "OK" (else null). */
  read(text: string): SmallTalkKind | null;
  /** The message without the politeness formulas that open or close it, in the user's own characters. */
  stripPoliteness(text: string): string;
}

/** A turn asks about its one message several times (the interruption check, the description's checks, the cues). */
const RECENT_LIMIT = 4;

let shared: SmallTalkReader | undefined;

/** The reader over the shipped lexicon, one for the whole bot (its regular expressions are large). */
export function sharedSmallTalkReader(): SmallTalkReader {
  return (shared ??= createSmallTalkReader());
}

export function createSmallTalkReader(lexicon: MannersLexicon = loadMannersLexicon()): SmallTalkReader {
  const sticky = Object.fromEntries(
    PRECEDENCE.map((kind) => [kind, new RegExp(`(?:${phraseSource(lexicon.smallTalk[kind])})`, 'uy')]),
  ) as Record<SmallTalkKind, RegExp>;
  const filler = new RegExp(FILLER, 'uy');
  const polite = POLITENESS.map((kind) => phraseSource(lexicon.smallTalk[kind])).join('|');
  // a formula counts at either end only when it stands apart (punctuation or a space), so words are never cut
  const leading = new RegExp(String.raw`^[\s\p{P}\p{S}]*(?:${polite})(?:[\s\p{P}\p{S}ー〜~]+|$)`, 'u');
  const trailing = new RegExp(String.raw`(?:^|[\s\p{P}\p{S}])(?:${polite})[\s\p{P}\p{S}ー〜~]*$`, 'u');

  function read(text: string): SmallTalkKind | null {
    const norm = normalizeText(text.trim()).text;
    if (FILLER_RE.test(norm)) return null;
    const found = new Set<SmallTalkKind>();
    let at = 0;
    while (at < norm.length) {
      filler.lastIndex = at;
      filler.exec(norm);
      at = filler.lastIndex;
      if (at >= norm.length) break;
      let best: { kind: SmallTalkKind; end: number } | null = null;
      for (const kind of PRECEDENCE) {
        const re = sticky[kind];
        re.lastIndex = at;
        const m = re.exec(norm);
        if (m && m[0].length > 0 && (!best || at + m[0].length > best.end)) best = { kind, end: at + m[0].length };
      }
      if (!best) return null;
      found.add(best.kind);
      at = best.end;
    }
    return PRECEDENCE.find((kind) => found.has(kind)) ?? null;
  }

  function stripPoliteness(text: string): string {
    const norm = normalizeText(text);
    let from = 0;
    let to = norm.text.length;
    for (let guard = 0; guard < 8; guard++) {
      const m = leading.exec(norm.text.slice(from, to));
      if (!m || m[0].length === 0) break;
      from += m[0].length;
    }
    for (let guard = 0; guard < 8; guard++) {
      const m = trailing.exec(norm.text.slice(from, to));
      if (!m || m[0].length === 0) break;
      to = from + m.index;
    }
    if (from === 0 && to === norm.text.length) return text.trim();
    return originalSpan(norm, from, to);
  }

  return { read: rememberRecent(RECENT_LIMIT, read), stripPoliteness: rememberRecent(RECENT_LIMIT, stripPoliteness) };
}
