import type { TurnContext } from 'botbuilder';
import {
  Prompt,
  type PromptOptions,
  type PromptRecognizerResult,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import type { AlsoAnswered, AnswerRecognizer, QuestionKind } from '../src/domain/answers';

/** A question's buttons: what the dialog gets back, what the button says, and other words that pick it. */
export interface ChoiceSpec {
  value: string;
  title: string;
  synonyms?: string[];
}

/** How a question is understood: by the core's recogniser for its kind, or ('choice') by its buttons alone. */
export interface AnswerQuestion {
  kind: QuestionKind | 'choice';
  buttons: ChoiceSpec[];
  /** Taken after a second answer that is still not understood, with a message saying so; never a third ask. */
  fallback: { value: string | null; message: string };
}

/** What the prompt hands back to the waterfall. */
export interface Answer {
  /** A button value; null only when a fallback without a value was taken. */
  value: string | null;
  /** Other questions the same answer settled ("just me, and the web version works"). */
  also: AlsoAnswered;
  /** True when the bot gave up asking and took the fallback. */
  fallback: boolean;
}

/** Asked once, asked again once with a hint, then the fallback. */
const ATTEMPTS_BEFORE_FALLBACK = 2;

/**
 * The prompt's own persisted state: what answers it did not understand still said about other questions ("we go
 * through a partner" to the plan question), handed on with the answer it does understand, or with its fallback.
 */
interface AnswerPromptState {
  alsoSaid?: AlsoAnswered;
}

interface Understood {
  answer: Answer | null;
  /** Other questions the text answered, understood or not. */
  also: AlsoAnswered;
}
const NOT_UNDERSTOOD: Understood = { answer: null, also: {} };
const understood = (value: string, also: AlsoAnswered = {}): Understood => ({
  answer: { value, also, fallback: false },
  also,
});

/** Counts the answers not understood (botbuilder counts attempts for validators) and takes the fallback at the limit. */
async function fallBackAfterTwoMisses(prompt: PromptValidatorContext<Answer>): Promise<boolean> {
  if (prompt.recognized.succeeded) return true;
  if (prompt.attemptCount < ATTEMPTS_BEFORE_FALLBACK) return false;
  const { fallback } = prompt.options.validations as AnswerQuestion;
  await prompt.context.sendActivity(fallback.message);
  const also = (prompt.state as AnswerPromptState).alsoSaid ?? {};
  prompt.recognized.value = { value: fallback.value, also, fallback: true };
  return true;
}

const BETWEEN_WORDS = /[\s\p{P}\p{S}]+/gu;
const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const isLatinWord = (word: string) => /^[\p{Script=Latin}\d]+$/u.test(word);

function simplify(text: string): string {
  return fold(text).replace(BETWEEN_WORDS, '');
}

const wordsOf = (text: string) =>
  fold(text)
    .split(BETWEEN_WORDS)
    .filter((word) => word.length >= (isLatinWord(word) ? 3 : 2));

/**
 * "the German one", 「テクニカルのほうです」: a word that only one button has (German, テクニカル; not the support
 * or Switzerland they share), found in the answer: as a whole word in Latin script, anywhere in Japanese.
 */
function pickByDistinctiveWord(buttons: ChoiceSpec[], text: string): ChoiceSpec | null {
  const perButton = buttons.map((b) => new Set([b.title, ...(b.synonyms ?? [])].flatMap(wordsOf)));
  const typedWords = new Set(wordsOf(text));
  const typed = simplify(text);
  const said = (word: string) => (isLatinWord(word) ? typedWords.has(word) : typed.includes(word));
  const picked = buttons.filter((_, i) =>
    [...perButton[i]!].some((word) => said(word) && perButton.every((other, j) => j === i || !other.has(word))),
  );
  return picked.length === 1 ? picked[0]! : null;
}

/**
 * A prompt that understands answers the way people type them: a button's title (a click sends it), then the
 * core's answer recogniser for the question's kind. It re-asks once with its retry prompt (buttons and a hint),
 * and after that takes the question's fallback instead of looping.
 */
export class AnswerPrompt extends Prompt<Answer> {
  constructor(
    id: string,
    private readonly recognizer: AnswerRecognizer,
  ) {
    super(id, fallBackAfterTwoMisses);
  }

  protected async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity);
  }

  /** Idempotent: botbuilder may call it more than once a turn (also before bubbling an event). */
  protected async onRecognize(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<Answer>> {
    const question = options.validations as AnswerQuestion;
    const text = typeof context.activity.text === 'string' ? context.activity.text.trim() : '';
    const kept = (state as AnswerPromptState).alsoSaid ?? {};
    const { answer, also } = text ? this.understand(question, text) : NOT_UNDERSTOOD;
    if (answer) return { succeeded: true, value: { ...answer, also: { ...kept, ...answer.also } } };
    if (Object.keys(also).length > 0) (state as AnswerPromptState).alsoSaid = { ...kept, ...also };
    return { succeeded: false };
  }

  /** The answer to the question, if understood; else what the text still said about other questions. */
  private understand(question: AnswerQuestion, text: string): Understood {
    const typed = simplify(text);
    const button = question.buttons.find(
      (b) =>
        simplify(b.title) === typed ||
        simplify(b.value) === typed ||
        (b.synonyms ?? []).some((s) => simplify(s) === typed),
    );
    if (button) return understood(button.value);
    if (question.kind === 'choice') {
      // "the billing one", "French": a button's words inside the answer, or the answer inside one button's words
      const inside = question.buttons.filter((b) =>
        [b.title, ...(b.synonyms ?? [])].some((words) => {
          const w = simplify(words);
          return (w.length > 1 && typed.includes(w)) || (typed.length > 1 && w.includes(typed));
        }),
      );
      if (inside.length === 1) return understood(inside[0]!.value);
      const picked = pickByDistinctiveWord(question.buttons, text);
      return picked ? understood(picked.value) : NOT_UNDERSTOOD;
    }
    const reading = this.recognizer.recognize(question.kind, text);
    if (reading.value === null || !question.buttons.some((b) => b.value === reading.value))
      return { answer: null, also: reading.also };
    return understood(reading.value, reading.also);
  }
}
