import type { SeverityOptions } from '../../../dialogs/SeverityDialog';
import { card, opening, WAITING, type DialogCase } from '../../support/dialogCase';
import { en, ja } from '../../support/messages';

/** Leaves open who is affected; once that is "just me", nothing else is needed. */
const outlookFreezes: SeverityOptions = { description: 'Outlook freezes whenever the shared calendar is opened' };
const outlookFreezesJa: SeverityOptions = { description: '共有の予定表を開くたびにOutlookが固まります' };
/** Leaves open whether there is a workaround. */
const calendarWontLoad: SeverityOptions = { description: 'The shared calendar will not load in Outlook' };
/** Leaves both open. */
const calendarWontOpenJa: SeverityOptions = { description: '共有の予定表がOutlookで開きません' };

/** SeverityDialog: asks only what the description leaves open, proposes a severity and why, accepts an override. */
export const severityCases: DialogCase<SeverityOptions>[] = [
  {
    name: 'English: "just me" is enough for a proposal, and "yes" accepts it',
    locale: 'en',
    options: outlookFreezes,
    turns: [
      ['hi', card(en('askScope'))],
      ['just me', [opening(en('severityProposal', { severity: 'C' })), card(en('askSeverityConfirm'))]],
      ['yes', []],
    ],
    result: { bot: 'C' },
  },
  {
    name: 'English: "yep" answers the workaround question',
    locale: 'en',
    options: calendarWontLoad,
    turns: [
      ['hi', card(en('askWorkaround'))],
      ['yep', [opening(en('severityProposal', { severity: 'B' })), card(en('askSeverityConfirm'))]],
    ],
    result: WAITING,
  },
  {
    name: 'Japanese: 「自分だけです」 and 「ないです」 answer the two questions, and 「はい」 accepts the proposal',
    locale: 'ja',
    options: calendarWontOpenJa,
    turns: [
      ['こんにちは', card(ja('askScope'))],
      ['自分だけです', card(ja('askWorkaround'))],
      ['ないです', [opening(ja('severityProposal', { severity: 'B' })), card(ja('askSeverityConfirm'))]],
      ['はい', []],
    ],
    result: { bot: 'B' },
  },
  {
    name: 'English: "no, it\'s an A" sets the user\'s severity at once, and their reason is recorded',
    locale: 'en',
    options: outlookFreezes,
    turns: [
      ['hi', card(en('askScope'))],
      ['just me', [opening(en('severityProposal', { severity: 'C' })), card(en('askSeverityConfirm'))]],
      ["no, it's an A", en('askOverrideReason')],
      ['the board meets in an hour', en('severityOverridden', { user: 'A', bot: 'C' })],
    ],
    result: { bot: 'C', user: 'A', userReason: 'the board meets in an hour' },
  },
  {
    name: 'Japanese: 「変更したいです」 asks which severity, and 「A」 then asks why',
    locale: 'ja',
    options: outlookFreezesJa,
    turns: [
      ['こんにちは', card(ja('askScope'))],
      ['自分だけです', [opening(ja('severityProposal', { severity: 'C' })), card(ja('askSeverityConfirm'))]],
      ['変更したいです', card(ja('askSeverityOverride'))],
      ['A', ja('askOverrideReason')],
    ],
    result: WAITING,
  },
  {
    name: 'Japanese: an answer not understood is asked again with a hint, and the next answer counts',
    locale: 'ja',
    options: outlookFreezesJa,
    turns: [
      ['こんにちは', card(ja('askScope'))],
      ['うーん', card(ja('retryWithHint', { hint: ja('hintScope') }))],
      ['自分だけです', [opening(ja('severityProposal', { severity: 'C' })), card(ja('askSeverityConfirm'))]],
    ],
    result: WAITING,
  },
  {
    name: 'English: "日本語" at the workaround question asks it again in Japanese (begun by a parent, as in the triage)',
    inParent: true,
    locale: 'en',
    options: calendarWontLoad,
    turns: [
      ['hi', card(en('askWorkaround'))],
      ['日本語', [ja('languageSwitched'), card(ja('askWorkaround'))]],
    ],
    result: WAITING,
  },
  {
    name: 'English: "help" at the proposal shows the help, then asks whether the severity fits',
    locale: 'en',
    options: outlookFreezes,
    turns: [
      ['hi', card(en('askScope'))],
      ['just me', [opening(en('severityProposal', { severity: 'C' })), card(en('askSeverityConfirm'))]],
      ['help', [en('help'), card(en('askSeverityConfirm'))]],
    ],
    result: WAITING,
  },
];
