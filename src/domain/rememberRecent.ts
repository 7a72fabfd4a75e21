/**
 * `read` wrapped to keep its last `limit` results by text: a turn's readers ask about the same message several times
 * (small talk, politeness, cues, the classifier, the answers). Only for pure functions whose results are never mutated.
 */
export function rememberRecent<T>(limit: number, read: (text: string) => T): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    if (recent.has(text)) return recent.get(text)!;
    const value = read(text);
    if (recent.size >= limit) recent.delete(recent.keys().next().value!);
    recent.set(text, value);
    return value;
  };
}
