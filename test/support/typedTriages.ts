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
  /** What the ticket must record, so an answer read wrongly fails as surely as one not understood. */
  ticket: { plan: string; purchaseChannel: string };
}

export const TYPED_PERSONAS: TypedPersona[] = [
  {
    name: 'English: one user, a workaround, agrees, plan and reseller typed',
    ticket: { plan: 'e3', purchaseChannel: 'csp' },
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
    ticket: { plan: 'business-standard', purchaseChannel: 'direct' },
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
    ticket: { plan: 'unknown', purchaseChannel: 'unknown' },
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
    ticket: { plan: 'e3', purchaseChannel: 'csp' },
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
    ticket: { plan: 'business-standard', purchaseChannel: 'direct' },
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
    ticket: { plan: 'unknown', purchaseChannel: 'csp' },
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
  {
    name: 'English: terse admin, numbers instead of words',
    ticket: { plan: 'e1', purchaseChannel: 'volume' },
    locale: 'en',
    description: 'OWA returns 500 for some users since 10:00',
    answers: {
      askScope: '12 of our 400 staff',
      askWorkaround: 'desktop outlook still works for them',
      askSeverityConfirm: 'ok',
      askSeverityOverride: 'B',
      askPlan: 'o365 e1',
      askChannel: 'EA',
    },
  },
  {
    name: 'English: chatty user who says more than asked',
    ticket: { plan: 'business-basic', purchaseChannel: 'csp' },
    locale: 'en',
    description: 'hey so Teams keeps kicking people out of meetings after a few minutes, super annoying',
    answers: {
      askScope: 'pretty much the whole office tbh, and nope nothing else works for calls',
      askWorkaround: 'nope, nothing else works for calls',
      askSeverityConfirm: 'yeah that sounds about right',
      askSeverityOverride: 'A',
      askOverrideReason: 'customers are waiting',
      askPlan: 'Business Basic, we got it through our IT provider',
      askChannel: 'our IT provider sorted it',
    },
  },
  {
    name: 'English: non-native speaker, polite and indirect',
    ticket: { plan: 'unknown', purchaseChannel: 'direct' },
    locale: 'en',
    description: 'Good morning, the shared mailbox of our accounting is not possible to open since yesterday',
    answers: {
      askScope: 'the accounting team, 5 persons',
      askWorkaround: 'we can read the mails in browser, it is ok for now',
      askSeverityConfirm: 'yes it is correct, thank you',
      askSeverityOverride: 'B',
      askPlan: 'I am not sure about it',
      askChannel: 'I think it was bought on the website of Microsoft',
    },
  },
  {
    name: 'Japanese: terse admin, numbers and codes',
    ticket: { plan: 'e1', purchaseChannel: 'volume' },
    locale: 'ja',
    description: 'OWAで一部ユーザーに500エラー。10時から',
    answers: {
      askScope: '400人中12人',
      askWorkaround: 'デスクトップ版は使えてます',
      askSeverityConfirm: 'OK',
      askSeverityOverride: 'B',
      askPlan: 'O365 E1',
      askChannel: 'EA契約です',
    },
  },
  {
    name: 'Japanese: keigo e-mail style answers',
    ticket: { plan: 'business-standard', purchaseChannel: 'csp' },
    locale: 'ja',
    description: 'いつもお世話になっております。本日朝より、弊社のTeams会議が数分で切断される事象が発生しております。',
    answers: {
      askScope: '恐れ入りますが、ほぼ全社員が該当しております',
      askWorkaround: '申し訳ございませんが、代替手段はございません',
      askSeverityConfirm: 'はい、その認識で相違ございません',
      askSeverityOverride: 'A',
      askOverrideReason: '取引先との商談が止まっております',
      askPlan: 'Business Standard を利用しております',
      askChannel: '販売代理店様経由で購入しております',
    },
  },
  {
    name: 'Japanese: casual chat, hiragana and katakana',
    ticket: { plan: 'unknown', purchaseChannel: 'direct' },
    locale: 'ja',
    description: '経理の共有メールボックスが昨日から開けないです',
    answers: {
      askScope: '経理の5人だけです',
      askWorkaround: 'ブラウザならみれるので、とりあえずだいじょうぶです',
      askSeverityConfirm: 'うん、それでいいです',
      askSeverityOverride: 'B',
      askPlan: 'わかんないです',
      askChannel: 'マイクロソフトのサイトでカード払いしました',
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
export async function playTypedTriage(
  persona: TypedPersona,
  send: (text: string) => Promise<string[]>,
  maxTurns = 10,
): Promise<TypedTriageResult> {
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
