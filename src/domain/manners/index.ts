/** How people talk around their problem: small talk, politeness, asking for a person, corrections, other languages. */
export { createSmallTalkReader, sharedSmallTalkReader, type SmallTalkKind, type SmallTalkReader } from './smallTalk';
export { createCueReader, type CueReader } from './cues';
export { otherLanguageOf } from './otherLanguage';
export { loadMannersLexicon, mannersLexiconSchema } from './lexicon';
