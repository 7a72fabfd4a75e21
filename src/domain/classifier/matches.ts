/**
 * Calls `visit` with each non-empty match of a global pattern in text, in order, until it returns true. An empty
 * match is stepped over, so a pattern that can match nothing never loops forever. (A callback, not a generator:
 * this runs for every cue on every text, and a generator costs the classifier over half again its time.)
 */
export function eachNonEmptyMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => boolean | void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (visit(m) === true) return;
  }
}
