import type { CategoryOptions } from '../../../dialogs/CategoryDialog';
import { categoryLabel } from '../../../src/presentation/labels';
import { card, WAITING, type DialogCase } from '../../support/dialogCase';
import { triageData } from '../../support/dialogHarness';
import { en, ja } from '../../support/messages';

/** Billing first, technical second: the order the classifier proposed them in. */
const billingOrTechnical: CategoryOptions = { candidates: ['billing', 'technical'] };

/** CategoryDialog: one short question when two categories fit, instead of a guess. */
export const categoryCases: DialogCase<CategoryOptions>[] = [
  {
    name: 'English: "the billing one" picks billing',
    locale: 'en',
    options: billingOrTechnical,
    turns: [
      ['hi', card(en('askCategory'))],
      ['the billing one', []],
    ],
    result: 'billing',
  },
  {
    name: 'Japanese: 「テクニカル サポートです」 picks technical',
    locale: 'ja',
    options: billingOrTechnical,
    turns: [
      ['こんにちは', card(ja('askCategory'))],
      ['テクニカル サポートです', []],
    ],
    result: 'technical',
  },
  {
    name: 'Japanese: 「テクニカルのほうです」 picks technical by the word only its button has',
    locale: 'ja',
    options: billingOrTechnical,
    turns: [
      ['こんにちは', card(ja('askCategory'))],
      ['テクニカルのほうです', []],
    ],
    result: 'technical',
  },
  {
    name: 'English: an answer not understood is asked again with a hint, and the next answer counts',
    locale: 'en',
    options: billingOrTechnical,
    turns: [
      ['hi', card(en('askCategory'))],
      ['not sure', card(en('retryWithHint', { hint: en('hintChoice') }))],
      ['technical', []],
    ],
    result: 'technical',
  },
  {
    name: 'Japanese: a second answer not understood takes the best fit and says so, never a third ask',
    locale: 'ja',
    options: billingOrTechnical,
    turns: [
      ['こんにちは', card(ja('askCategory'))],
      ['うーん', card(ja('retryWithHint', { hint: ja('hintChoice') }))],
      ['どうだろう', ja('fallbackCategory', { category: categoryLabel(triageData(), 'billing', 'ja') })],
    ],
    result: 'billing',
  },
  {
    name: 'English: "help" mid-question shows the help, then asks the same question',
    locale: 'en',
    options: billingOrTechnical,
    turns: [
      ['hi', card(en('askCategory'))],
      ['help', [en('help'), card(en('askCategory'))]],
    ],
    result: WAITING,
  },
  {
    name: 'Japanese: 「English」 mid-question asks the same question in English (begun by a parent, as in the triage)',
    inParent: true,
    locale: 'ja',
    options: billingOrTechnical,
    turns: [
      ['こんにちは', card(ja('askCategory'))],
      ['English', [en('languageSwitched'), card(en('askCategory'))]],
    ],
    result: WAITING,
  },
];
