import { createInterface } from 'node:readline';
import { z } from 'zod';
import { classify, reasonsToText } from '../domain/classifier';
import { createAnswerRecognizer, QUESTION_KINDS, type AnswerRecognizer } from '../domain/answers';
import { createCountryMatcher, type CountryMatcher } from '../domain/country';
import { loadTriageData } from '../domain/data/loadData';
import { LOCALES } from '../domain/types';

// The triage CLI (interfaces.md): JSON Lines in on stdin, one JSON line out per line in, same order.
// Only results go to stdout; anything else goes to stderr.

const locale = z.enum(LOCALES).default('en');
const classifyInput = z.object({ text: z.string(), locale });
const countryInput = z.object({ query: z.string(), locale });
const answerInput = z.object({ question: z.enum(QUESTION_KINDS), text: z.string(), locale });

type Handler = (input: unknown) => unknown;

function classifyHandler(): Handler {
  return (input) => {
    const { text, locale } = classifyInput.parse(input);
    const result = classify(text, locale);
    return {
      category: result.category,
      severity: result.severity,
      reasons: reasonsToText(result.reasons, locale),
      needs: result.needs,
    };
  };
}

function countryHandler(matcher: CountryMatcher): Handler {
  return (input) => {
    const { query, locale } = countryInput.parse(input);
    const result = matcher.match(query, locale);
    return {
      status: result.status,
      match: result.match && { iso2: result.match.iso2, language: result.match.language, row: result.match.row },
      candidates: result.candidates.map((c) => ({ iso2: c.iso2, language: c.language, score: c.score })),
    };
  };
}

function answerHandler(recognizer: AnswerRecognizer): Handler {
  return (input) => {
    const { question, text } = answerInput.parse(input);
    const reading = recognizer.recognize(question, text);
    return { value: reading.value, dontKnow: reading.dontKnow, matched: reading.evidence, also: reading.also };
  };
}

function errorMessage(error: unknown): string {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    return `${issue.path.join('.') || 'input'}: ${issue.message}`;
  }
  if (error instanceof SyntaxError) return `not JSON: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<number> {
  const command = process.argv[2];
  let handler: Handler;
  if (command === 'classify') handler = classifyHandler();
  else if (command === 'country') handler = countryHandler(createCountryMatcher(loadTriageData().contacts));
  else if (command === 'answer') handler = answerHandler(createAnswerRecognizer());
  else {
    process.stderr.write('usage: npm run --silent triage -- classify|country|answer  < input.jsonl\n');
    return 2;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    let output: unknown;
    try {
      output = line.trim() ? handler(JSON.parse(line)) : { error: 'empty line' };
    } catch (error) {
      output = { error: errorMessage(error) };
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`triage: ${errorMessage(error)}\n`);
    process.exitCode = 1;
  },
);
