import type { DescribeOptions } from '../../../dialogs/DescribeDialog';
import { WAITING, textMatching, type DialogCase } from '../../support/dialogCase';
import { en, ja } from '../../support/messages';

/** DescribeDialog: a description of the problem, without asking again for one already given. */
export const describeCases: DialogCase<DescribeOptions>[] = [
  {
    name: 'English: a first message that already describes the problem ends the step without a question',
    locale: 'en',
    options: { initialText: 'Outlook crashes every time I open a shared calendar' },
    turns: [['Outlook crashes every time I open a shared calendar', []]],
    result: { description: 'Outlook crashes every time I open a shared calendar' },
  },
  {
    name: 'Japanese: 「お世話になっております。」 before the problem is courtesy, not part of it',
    locale: 'ja',
    options: { initialText: 'お世話になっております。今朝からTeamsにサインインできません。' },
    turns: [['お世話になっております。今朝からTeamsにサインインできません。', []]],
    result: { description: '今朝からTeamsにサインインできません。' },
  },
  {
    name: 'English: a greeting is answered by the question, and the next message is the description',
    locale: 'en',
    options: { initialText: 'hello' },
    turns: [
      ['hello', en('askDescription')],
      ['Teams logs me out every hour since Monday', []],
    ],
    result: { description: 'Teams logs me out every hour since Monday' },
  },
  {
    name: 'Japanese: 「こんにちは」 is answered by the question, and the next message is the description',
    locale: 'ja',
    options: { initialText: 'こんにちは' },
    turns: [
      ['こんにちは', ja('askDescription')],
      ['昨日からOneDriveの同期が止まっています', []],
    ],
    result: { description: '昨日からOneDriveの同期が止まっています' },
  },
  {
    name: 'English: one word is not a description; the bot asks for a little more',
    locale: 'en',
    turns: [
      ['hi', en('askDescription')],
      ['broken', en('descriptionTooShort')],
      ['The printer driver fails to install on Windows 11', []],
    ],
    result: { description: 'The printer driver fails to install on Windows 11' },
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
    name: 'English: a plan and a channel typed before the problem are noted, the problem asked for, and both kept',
    locale: 'en',
    options: { initialText: "we're on E3, through our reseller" },
    turns: [
      [
        "we're on E3, through our reseller",
        [textMatching(new RegExp(`^Thanks, noted: .*E3.*, bought: ${en('channel.csp')}`)), en('askDescription')],
      ],
      ['Teams logs me out every hour since Monday', []],
    ],
    result: { description: 'Teams logs me out every hour since Monday', said: { plan: 'e3', channel: 'csp' } },
  },
  {
    name: 'Japanese: 「販売代理店経由です」 typed when the problem was asked for is noted, and the problem asked for again',
    locale: 'ja',
    turns: [
      ['こんにちは', ja('askDescription')],
      ['販売代理店経由です', [textMatching(new RegExp(`購入経路: ${ja('channel.csp')}`)), ja('askDescription')]],
      ['昨日からOneDriveの同期が止まっています', []],
    ],
    result: { description: '昨日からOneDriveの同期が止まっています', said: { channel: 'csp' } },
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
