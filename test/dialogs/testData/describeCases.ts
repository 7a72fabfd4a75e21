import type { DescribeOptions } from '../../../dialogs/DescribeDialog';
import { WAITING, type DialogCase } from '../../support/dialogCase';
import { en, ja } from '../../support/messages';

/** DescribeDialog: a description of the problem, without asking again for one already given. */
export const describeCases: DialogCase<DescribeOptions>[] = [
  {
    name: 'English: a first message that already describes the problem ends the step without a question',
    locale: 'en',
    options: { initialText: 'Outlook crashes every time I open a shared calendar' },
    turns: [['Outlook crashes every time I open a shared calendar', []]],
    result: 'Outlook crashes every time I open a shared calendar',
  },
  {
    name: 'Japanese: 「お世話になっております。」 before the problem is courtesy, not part of it',
    locale: 'ja',
    options: { initialText: 'お世話になっております。今朝からTeamsにサインインできません。' },
    turns: [['お世話になっております。今朝からTeamsにサインインできません。', []]],
    result: '今朝からTeamsにサインインできません。',
  },
  {
    name: 'English: a greeting is answered by the question, and the next message is the description',
    locale: 'en',
    options: { initialText: 'hello' },
    turns: [
      ['hello', en('askDescription')],
      ['Teams logs me out every hour since Monday', []],
    ],
    result: 'Teams logs me out every hour since Monday',
  },
  {
    name: 'Japanese: 「こんにちは」 is answered by the question, and the next message is the description',
    locale: 'ja',
    options: { initialText: 'こんにちは' },
    turns: [
      ['こんにちは', ja('askDescription')],
      ['昨日からOneDriveの同期が止まっています', []],
    ],
    result: '昨日からOneDriveの同期が止まっています',
  },
  {
    name: 'English: one word is not a description; the bot asks for a little more',
    locale: 'en',
    turns: [
      ['hi', en('askDescription')],
      ['broken', en('descriptionTooShort')],
      ['The printer driver fails to install on Windows 11', []],
    ],
    result: 'The printer driver fails to install on Windows 11',
  },
  {
    name: 'Japanese: 「エラー」 alone is not a description; the bot asks for a little more',
    locale: 'ja',
    turns: [
      ['こんにちは', ja('askDescription')],
      ['エラー', ja('descriptionTooShort')],
    ],
    result: WAITING,
  },
  {
    name: 'English: "help" mid-question shows the help, then asks for the description again',
    locale: 'en',
    turns: [
      ['hi', en('askDescription')],
      ['help', [en('help'), en('askDescription')]],
    ],
    result: WAITING,
  },
  {
    name: 'Japanese: "English" mid-question switches language and asks again in English (begun by a parent, as in the triage)',
    inParent: true,
    locale: 'ja',
    turns: [
      ['こんにちは', ja('askDescription')],
      ['English', [en('languageSwitched'), en('askDescription')]],
    ],
    result: WAITING,
  },
];
