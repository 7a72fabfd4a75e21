/**
 * Each non-empty match of a global pattern in text, in order, found lazily (a caller may stop at the first).
 * An empty match is stepped over, so a pattern that can match nothing never loops forever.
 */
export function* nonEmptyMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}
