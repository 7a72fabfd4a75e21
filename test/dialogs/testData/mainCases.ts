import type { TriageSteps } from '../../../dialogs/MainDialog';
import { categoryLabel } from '../../../src/presentation/labels';
import { cardContaining, opening, WAITING, type DialogCase } from '../../support/dialogCase';
import { triageData } from '../../support/dialogHarness';
import { en, ja, TICKET_ID } from '../../support/messages';
import type { StandInResults } from '../../support/standInSteps';

export interface MainCase extends DialogCase<undefined> {
  /** What each stand-in step answers. */
  steps: StandInResults;
  /** The step that waits for one message before it answers (to interrupt the triage there). */
  waitsAt?: keyof TriageSteps;
  /** The ticket stored at the end (its fields that matter here), or null when none may be. */
  ticket: Record<string, unknown> | null;
}

const routed = (locale: 'en' | 'ja', category: 'technical' | 'billing' | 'courseware') =>
  opening((locale === 'en' ? en : ja)('routed', { category: categoryLabel(triageData(), category, locale) }));

/** The end of every triage: the answer card and the ticket number. */
const answered = (locale: 'en' | 'ja') => [
  cardContaining((locale === 'en' ? en : ja)('card.title')),
  opening((locale === 'en' ? en : ja)('ticketCreated')),
];

/** MainDialog with stand-in steps: which steps a triage takes, in what order, and the ticket it ends with. */
export const mainCases: MainCase[] = [
  {
    name: 'English: a technical problem takes severity, plan and channel, and ends with a ticket',
    locale: 'en',
    steps: {
      describe: { description: 'Outlook crashes every time I open a shared calendar' },
      severity: { bot: 'C', reasons: [] },
      plan: { plan: 'e3' },
      purchaseChannel: 'direct',
    },
    turns: [['Outlook crashes every time I open a shared calendar', [routed('en', 'technical'), ...answered('en')]]],
    result: TICKET_ID,
    ticket: { category: 'technical', severity: { bot: 'C', reasons: [] }, plan: 'e3', purchaseChannel: 'direct' },
  },
  {
    name: 'Japanese: a billing problem skips severity and plan, and asks the purchase channel',
    locale: 'ja',
    steps: {
      describe: { description: '請求書の金額が先月より高くなっています' },
      severity: { bot: 'A', reasons: [] },
      plan: { plan: 'e5' },
      purchaseChannel: 'csp',
    },
    turns: [['請求書の金額が先月より高くなっています', [routed('ja', 'billing'), ...answered('ja')]]],
    result: TICKET_ID,
    ticket: { category: 'billing', severity: undefined, plan: undefined, purchaseChannel: 'csp' },
  },
  {
    name: 'English: a courseware problem asks the country, not the purchase channel',
    locale: 'en',
    steps: {
      describe: { description: 'I need the regional MOC contact for our courseware order' },
      purchaseChannel: 'direct',
      country: 'JP',
    },
    turns: [
      ['I need the regional MOC contact for our courseware order', [routed('en', 'courseware'), ...answered('en')]],
    ],
    result: TICKET_ID,
    ticket: { category: 'courseware', purchaseChannel: undefined, country: { rowId: 'JP', iso2: 'JP' } },
  },
  {
    name: 'Japanese: a channel named with the plan is not asked again',
    locale: 'ja',
    steps: {
      describe: { description: '今朝からOutlookが起動しません' },
      severity: { bot: 'B', reasons: [] },
      plan: { plan: 'e3', purchaseChannel: 'csp' },
      purchaseChannel: 'direct',
    },
    turns: [['今朝からOutlookが起動しません', [routed('ja', 'technical'), ...answered('ja')]]],
    result: TICKET_ID,
    ticket: { category: 'technical', plan: 'e3', purchaseChannel: 'csp' },
  },
  {
    name: 'English: "help" during a step shows the help and the triage goes on',
    locale: 'en',
    steps: {
      describe: { description: 'Outlook crashes every time I open a shared calendar' },
      severity: { bot: 'C', reasons: [] },
      plan: { plan: 'e3' },
      purchaseChannel: 'direct',
    },
    waitsAt: 'plan',
    turns: [
      ['Outlook crashes every time I open a shared calendar', routed('en', 'technical')],
      ['help', en('help')],
      ['E3', answered('en')],
    ],
    result: TICKET_ID,
    ticket: { category: 'technical', plan: 'e3' },
  },
  {
    name: 'Japanese: 「キャンセル」 during a step ends the triage without a ticket',
    locale: 'ja',
    steps: { describe: { description: '今朝からOutlookが起動しません' }, severity: { bot: 'B', reasons: [] } },
    waitsAt: 'severity',
    turns: [
      ['今朝からOutlookが起動しません', routed('ja', 'technical')],
      ['キャンセル', ja('cancelled')],
    ],
    result: undefined,
    ticket: null,
  },
  {
    name: 'Japanese: 「English」 during a step says so in English, and the triage waits for the step',
    locale: 'ja',
    steps: { describe: { description: '今朝からOutlookが起動しません' }, severity: { bot: 'B', reasons: [] } },
    waitsAt: 'severity',
    turns: [
      ['今朝からOutlookが起動しません', routed('ja', 'technical')],
      ['English', en('languageSwitched')],
    ],
    result: WAITING,
    ticket: null,
  },
];
