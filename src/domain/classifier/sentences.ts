/** A sentence shorter than this (characters) says nothing about severity on its own ("Hi.", "Thanks!", 「至急。」). */
const MIN_SENTENCE_LENGTH = 6;

/**
 * The sentences of a text, for reading each apart: split after 。！？ and line breaks, and after . ! ? followed by a
 * space (so "1.5 GB", "v2.0" and "e.g.x" stay whole). Fragments too short to mean anything are dropped.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？])|(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= MIN_SENTENCE_LENGTH);
}
