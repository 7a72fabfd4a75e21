import { card, WAITING, type DialogCase } from '../../support/dialogCase';
import { en, ja } from '../../support/messages';

/** PurchaseChannelDialog: how the organisation bought its subscription, which decides the escalation path. */
export const purchaseChannelCases: DialogCase<undefined>[] = [
  {
    name: 'English: "through our reseller" is a CSP partner',
    locale: 'en',
    turns: [
      ['hi', card(en('askChannel'))],
      ['through our reseller', []],
    ],
    result: 'csp',
  },
  {
    name: 'Japanese: 「販売代理店経由です」 is a CSP partner',
    locale: 'ja',
    turns: [
      ['こんにちは', card(ja('askChannel'))],
      ['販売代理店経由です', []],
    ],
    result: 'csp',
  },
  {
    name: 'English: "directly from Microsoft" is direct',
    locale: 'en',
    turns: [
      ['hi', card(en('askChannel'))],
      ['directly from Microsoft', []],
    ],
    result: 'direct',
  },
  {
    name: 'Japanese: 「わかりません」 is an answer: unknown',
    locale: 'ja',
    turns: [
      ['こんにちは', card(ja('askChannel'))],
      ['わかりません', []],
    ],
    result: 'unknown',
  },
  {
    name: 'English: an answer not understood is asked again with a hint, and the next answer counts',
    locale: 'en',
    turns: [
      ['hi', card(en('askChannel'))],
      ['hmm', card(en('retryWithHint', { hint: en('hintChannel') }))],
      ['volume licensing', []],
    ],
    result: 'volume',
  },
  {
    name: 'Japanese: 「ヘルプ」 mid-question shows the help, then asks again',
    locale: 'ja',
    turns: [
      ['こんにちは', card(ja('askChannel'))],
      ['ヘルプ', [ja('help'), card(ja('askChannel'))]],
    ],
    result: WAITING,
  },
  {
    name: 'Japanese: 「English」 mid-question asks again in English (begun by a parent, as in the triage)',
    inParent: true,
    locale: 'ja',
    turns: [
      ['こんにちは', card(ja('askChannel'))],
      ['English', [en('languageSwitched'), card(en('askChannel'))]],
    ],
    result: WAITING,
  },
];
