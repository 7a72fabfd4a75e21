import { ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { detectCommand, type Command } from '../src/domain/commands';
import type { CommandHandler } from './globalCommands';

/**
 * Base of every dialog in the triage: help, cancel, start over, language, talk to a person and ticket look-ups
 * work at any step. Only the outermost active dialog acts on a command, so it is handled once.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(
    id: string,
    private readonly commands: CommandHandler,
  ) {
    super(id);
  }

  /** A command said when no triage is under way (this dialog is the outermost, just starting) is all the turn does. */
  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.text;
    const command = typeof text === 'string' ? detectCommand(text) : null;
    if (command && !this.isNestedInAnotherInterruptible(innerDc)) {
      await this.commands.whenIdle(innerDc.context, command);
      return { status: DialogTurnStatus.complete };
    }
    return super.onBeginDialog(innerDc, options);
  }

  /** Keeps the options a step was begun with, so a language switch can restart it in the new language. */
  override async beginDialog(outerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    if (outerDc.activeDialog) outerDc.activeDialog.state.beginOptions = options;
    return super.beginDialog(outerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.text;
    const command = typeof text === 'string' ? detectCommand(text) : null;
    if (command && !this.isNestedInAnotherInterruptible(innerDc)) {
      const result = await this.interrupt(innerDc, command);
      if (result) return result;
    }
    return super.onContinueDialog(innerDc);
  }

  private isNestedInAnotherInterruptible(innerDc: DialogContext): boolean {
    let dc = innerDc.parent?.parent;
    while (dc) {
      if (dc.activeDialog && dc.findDialog(dc.activeDialog.id) instanceof InterruptibleDialog) return true;
      dc = dc.parent;
    }
    return false;
  }

  private async interrupt(innerDc: DialogContext, command: Command): Promise<DialogTurnResult | undefined> {
    const outcome = await this.commands.duringTriage(innerDc, command);
    switch (outcome) {
      case 'reprompt':
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'restartStep':
        return this.restartActiveStep(innerDc);
      case 'cancelled':
        return innerDc.cancelAllDialogs();
      case 'startOver':
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(this.initialDialogId);
      default:
        return undefined;
    }
  }

  /** Restarts the innermost restartable step with its original options (its questions are asked anew). */
  private async restartActiveStep(innerDc: DialogContext): Promise<DialogTurnResult> {
    const active = innerDc.activeDialog;
    if (active && innerDc.findDialog(active.id) instanceof InterruptibleDialog) {
      return innerDc.replaceDialog(active.id, active.state.beginOptions);
    }
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }
}
