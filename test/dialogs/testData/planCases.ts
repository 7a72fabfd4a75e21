import type { PlanResult } from '../../../dialogs/PlanDialog';
import { card, WAITING, type DialogCase } from '../../support/dialogCase';
import { en, ja } from '../../support/messages';

export const planCases: DialogCase<undefined>[] = [
  {
    name: 'English: "E3" typed names the plan',
    locale: 'en',
    turns: [
      ['hi', card(en('askPlan'))],
      ['E3', []],
    ],
    result: { plan: 'e3' } satisfies PlanResult,
  },
];
void WAITING;
void ja;
