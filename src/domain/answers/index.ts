/** The typed-answer recogniser: what a free-text answer to one of the bot's questions means. No botbuilder here. */
export { createAnswerRecognizer, type AnswerRecognizer } from './recognize';
export { loadAnswerLexicon, answerLexiconSchema, type CompiledAnswerLexicon } from './lexicon';
export * from './types';
export { loadAnswerModels, type AnswerModels } from './learned';
