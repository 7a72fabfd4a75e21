import { t } from '../../src/i18n/catalog';
import { visibleText, type EmulatorUser, type ReceivedReply } from './emulator';
import { TICKET_ID } from './messages';
export { TICKET_ID };

export const allText = (replies: ReceivedReply[]) => replies.map(visibleText).join('\n');

/** The description of a Severity A technical problem, with a marker that makes it this conversation's own. */
export const severityADescription = (marker: string) =>
  `SharePoint Online is down for every user in the company; no one can open any site and there is no workaround. Our reference: ${marker}.`;

/** Plays an English technical triage (Severity A, CSP) from joining to the ticket; returns the ticket id. */
export async function playTechnicalTriage(user: EmulatorUser, description: string): Promise<string> {
  const steps: Array<[string | null, string]> = [
    [null, t('en', 'welcome')],
    ['hello', t('en', 'askDescription')],
    [description, t('en', 'askSeverityConfirm')],
    [t('en', 'severityAgree'), t('en', 'askPlan')],
    ['Microsoft 365 Business Standard', t('en', 'askChannel')],
  ];
  for (const [say, expected] of steps) {
    const text = allText(say === null ? await user.join() : await user.say(say));
    if (!text.includes(expected))
      throw new Error(`after "${say ?? '(join)'}" expected "${expected.slice(0, 60)}…", got: ${text.slice(0, 300)}`);
  }
  const last = allText(await user.say(t('en', 'channel.csp')));
  const id = last.match(TICKET_ID)?.[0];
  if (!id) throw new Error(`no ticket id in the last replies: ${last.slice(0, 300)}`);
  return id;
}
