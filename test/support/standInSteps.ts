import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TriageSteps } from '../../dialogs/MainDialog';
import { DialogIds } from '../../dialogs/dialogIds';
import type { CommandHandler } from '../../dialogs/globalCommands';
import { InterruptibleDialog } from '../../dialogs/InterruptibleDialog';

/** What each stand-in step hands back to MainDialog, as the real step would after its questions. */
export type StandInResults = { [Step in keyof TriageSteps]?: unknown };

/**
 * A step that answers at once with a fixed result, or (when `waits`) after one more message, so MainDialog's own
 * routing, ticket and interruptions can be tested without the steps' questions.
 */
class StandInStep extends Dialog {
  readonly begunWith: unknown[] = [];
  constructor(
    id: string,
    private readonly result: unknown,
    private readonly waits: boolean,
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    this.begunWith.push(options);
    return this.waits ? Dialog.EndOfTurn : dc.endDialog(this.result);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog(this.result);
  }
}

/** Stand-ins for every step, with the real steps' ids; `waitsAt` names the one that waits for a message. */
export function standInSteps(results: StandInResults, waitsAt?: keyof TriageSteps): TriageSteps {
  const step = (name: keyof TriageSteps) => new StandInStep(DialogIds[name], results[name], name === waitsAt);
  return {
    describe: step('describe'),
    category: step('category'),
    severity: step('severity'),
    plan: step('plan'),
    purchaseChannel: step('purchaseChannel'),
    country: step('country'),
    handoff: step('handoff'),
  };
}

/**
 * A parent that begins one step and nothing else, as MainDialog begins its steps: the outermost interruptible
 * dialog handles interruptions, so a language switch restarts the step in the new language (a step begun alone
 * has no parent to restart it, and shows its question again as first asked).
 */
export class StandInParent extends InterruptibleDialog {
  constructor(step: Dialog, commands: CommandHandler) {
    super('StandInParent', commands);
    this.addDialog(step);
    this.initialDialogId = step.id;
  }
}
