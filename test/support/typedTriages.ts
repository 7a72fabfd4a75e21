import type { Locale } from '../../src/domain/types';
import { t, type MessageKey } from '../../src/i18n/catalog';
import { TICKET_ID } from './messages';

/**
 * Whole triages in which the user types every answer in their own words, as people do in Teams on a phone or in
 * the Emulator. Each persona says how they describe the problem and how they would answer each question the bot
 * may ask; the bot decides which questions it needs. Written for these tests, not taken from any scoring set.
 */
export interface TypedPersona {
  name: string;
  locale: Locale;
  description: string;
  answers: Partial<Record<MessageKey, string>>;
}

export const TYPED_PERSONAS: TypedPersona[] = [
  {
    name: 'English: one user, a workaround, agrees, plan and reseller typed',
    locale: 'en',
    description: 'Outlook on my laptop freezes every time I open the shared calendar',
    answers: {
      askScope: 'just me I think',
      askWorkaround: 'yep, the web version works',
      askSeverityConfirm: 'sounds right',
      askPlan: "we're on E3",
      askChannel: 'through our reseller',
    },
  },
  {
    name: 'English: a company-wide outage, no workaround, bought online',
    locale: 'en',
    description: 'Since this morning nobody in the company can open anything in SharePoint',
    answers: {
      askScope: 'everyone, all 300 of us',
      askWorkaround: 'nope, nothing works',
      askSeverityConfirm: 'correct',
      askPlan: 'Business Standard',
      askChannel: 'we bought it directly from Microsoft with a credit card',
    },
  },
  {
    name: 'English: disagrees and says why, does not know plan or channel',
    locale: 'en',
    description: 'A few people in sales get an error when they share files from OneDrive',
    answers: {
      askScope: 'a handful of people in sales',
      askWorkaround: 'not really',
      askSeverityConfirm: "no, it's more urgent than that",
      askSeverityOverride: 'critical',
      askOverrideReason: 'the quarter closes tomorrow and they need to send contracts',
      askPlan: 'no idea, sorry',
      askChannel: "I honestly don't know",
    },
  },
  {
    name: 'Japanese: one user, a workaround, agrees, plan and reseller typed',
    locale: 'ja',
    description: '自分のPCだけ、Teams の会議に入ろうとすると固まってしまいます',
    answers: {
      askScope: '私だけです',
      askWorkaround: 'スマホからなら参加できます',
      askSeverityConfirm: 'はい、合ってます',
      askPlan: 'E3です',
      askChannel: '販売代理店経由で買いました',
    },
  },
  {
    name: 'Japanese: a company-wide outage, no workaround, direct contract',
    locale: 'ja',
    description: '今朝から全社でメールが送れなくなっています',
    answers: {
      askScope: '全員です',
      askWorkaround: 'ないです',
      askSeverityConfirm: 'それでお願いします',
      askPlan: 'ビジネススタンダード',
      askChannel: 'マイクロソフトと直接契約しています',
    },
  },
  {
    name: 'Japanese: disagrees and says why, does not know plan, partner typed in katakana',
    locale: 'ja',
    description: '経理の数名がExcelのファイルを開くと表示が崩れます',
    answers: {
      askScope: '経理の3人です',
      askWorkaround: 'Web版なら大丈夫です',
      askSeverityConfirm: 'いいえ、もっと低いと思います',
      askSeverityOverride: '重大でない',
      askOverrideReason: '急ぎではないので',
      askPlan: 'ちょっとわかりません',
      askChannel: 'パートナーさん経由です',
    },
  },
];

/** The bot's questions, in the order a triage may ask them. */
const QUESTIONS: MessageKey[] = [
  'askScope',
  'askWorkaround',
  'askSeverityConfirm',
  'askSeverityOverride',
  'askOverrideReason',
  'askPlan',
  'askChannel',
  'askCategory',
  'askCountry',
];

/** What would show that the bot did not understand a typed answer. */
export function notUnderstood(locale: Locale): string[] {
  return [t(locale, 'retryWithHint', { hint: '' }).trim(), t(locale, 'fallbackUnknown'), t(locale, 'fallbackSkip')];
}

export interface TypedTriageResult {
  ticketId: string;
  transcript: string[];
}

/**
 * Plays a persona through any channel: `send` types one message and returns what the bot showed in answer, as
 * text. Answers whichever question the bot asked, fails on any "didn't understand", ends at the ticket id.
 */
export async function playTypedTriage(persona: TypedPersona, send: (text: string) => Promise<string[]>, maxTurns = 10): Promise<TypedTriageResult> {
  const transcript: string[] = [];
  const misunderstandings = notUnderstood(persona.locale);
  let replies = await send(persona.description);
  for (let turn = 0; turn < maxTurns; turn++) {
    const said = replies.join('\n');
    transcript.push(...replies.map((r) => `bot> ${r}`));
    const confused = misunderstandings.find((m) => said.includes(m));
    if (confused) throw new Error(`${persona.name}: the bot did not understand an answer:\n${transcript.join('\n')}`);
    const ticket = said.match(TICKET_ID);
    if (ticket) return { ticketId: ticket[0], transcript };
    const asked = QUESTIONS.filter((key) => said.includes(t(persona.locale, key).split('{')[0]!.trim()));
    const question = asked[asked.length - 1];
    const answer = question ? persona.answers[question] : undefined;
    if (!answer) throw new Error(`${persona.name}: no typed answer for what the bot said:\n${transcript.join('\n')}`);
    transcript.push(`user> ${answer}`);
    replies = await send(answer);
  }
  throw new Error(`${persona.name}: no ticket after ${maxTurns} answers:\n${transcript.join('\n')}`);
}
