import type { PlanOptions, PlanResult } from '../../../dialogs/PlanDialog';
import { channelLabel, planLabel } from '../../../src/presentation/labels';
import { card, WAITING, type DialogCase } from '../../support/dialogCase';
import { triageData } from '../../support/dialogHarness';
import { en, ja } from '../../support/messages';

const e3ThroughPartner = { plan: 'e3', purchaseChannel: 'csp' } as const;

/** PlanDialog: the plan, offering last time's plan and channel first when the bot remembers them. */
export const planCases: DialogCase<PlanOptions | undefined>[] = [
  {
    name: 'English: a plan and channel the user named at an earlier question are taken without asking',
    locale: 'en',
    options: { said: { plan: 'e3', channel: 'csp' } },
    profile: { plan: 'e5', purchaseChannel: 'direct' },
    turns: [['hi', []]],
    result: e3ThroughPartner satisfies PlanResult,
  },
  {
    name: 'Japanese: a channel named earlier is kept while the plan is asked',
    locale: 'ja',
    options: { said: { channel: 'csp' } },
    turns: [
      ['こんにちは', card(ja('askPlan'))],
      ['E3です', []],
    ],
    result: e3ThroughPartner satisfies PlanResult,
  },
  {
    name: 'English: "E3" typed names the plan',
    locale: 'en',
    turns: [
      ['hi', card(en('askPlan'))],
      ['E3', []],
    ],
    result: { plan: 'e3' } satisfies PlanResult,
  },
  {
    name: 'Japanese: 「E5です」 names the plan',
    locale: 'ja',
    turns: [
      ['こんにちは', card(ja('askPlan'))],
      ['E5です', []],
    ],
    result: { plan: 'e5' } satisfies PlanResult,
  },
  {
    name: 'English: "E3 through our reseller" answers the purchase channel too',
    locale: 'en',
    turns: [
      ['hi', card(en('askPlan'))],
      ['E3 through our reseller', []],
    ],
    result: e3ThroughPartner satisfies PlanResult,
  },
  {
    name: 'English: last time\'s plan and channel are offered first, and "yep, same" keeps both',
    locale: 'en',
    profile: e3ThroughPartner,
    turns: [
      [
        'hi',
        card(
          en('askRememberedPlan', {
            plan: planLabel(triageData(), 'e3', 'en')!,
            channel: channelLabel('csp', 'en'),
          }),
        ),
      ],
      ['yep, same', []],
    ],
    result: e3ThroughPartner satisfies PlanResult,
  },
  {
    name: "Japanese: 「いいえ、E5に変わりました」 to last time's plan names the new plan without asking",
    locale: 'ja',
    profile: e3ThroughPartner,
    turns: [
      [
        'こんにちは',
        card(
          ja('askRememberedPlan', {
            plan: planLabel(triageData(), 'e3', 'ja')!,
            channel: channelLabel('csp', 'ja'),
          }),
        ),
      ],
      ['いいえ、E5に変わりました', []],
    ],
    result: { plan: 'e5' } satisfies PlanResult,
  },
  {
    name: 'Japanese: a second answer not understood is taken as "don\'t know", never a third ask',
    locale: 'ja',
    turns: [
      ['こんにちは', card(ja('askPlan'))],
      ['うーん', card(ja('retryWithHint', { hint: ja('hintPlan') }))],
      ['なんだろう', ja('fallbackUnknown')],
    ],
    result: { plan: 'unknown' } satisfies PlanResult,
  },
  {
    name: 'English: "help" mid-question shows the help, then asks for the plan again',
    locale: 'en',
    turns: [
      ['hi', card(en('askPlan'))],
      ['help', [en('help'), card(en('askPlan'))]],
    ],
    result: WAITING,
  },
];
