import { ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { detectCommand } from '../src/domain/commands';
import { createCueReader, sharedSmallTalkReader, otherLanguageOf } from '../src/domain/manners';
import { escapeMarkdown, summarize } from '../src/presentation/escape';
import { turnTranslator } from '../src/presentation/turnLocale';
import type { CommandHandler } from './globalCommands';
import { DialogIds } from './dialogIds';
import type { HandoffRecord } from './HandoffDialog';
import { otherLanguageReply, smallTalkReply } from './manners';
import { RESUME_VALUES, ResumableWaterfall, type ResumeOptions } from './ResumableWaterfall';
import { contextsDown, waterfallValues, type TriageValuesView } from './triageState';

const smallTalk = sharedSmallTalkReader();
const cues = createCueReader();

/** Options that begin the triage in a hand-off instead (a person was asked for before any triage). */
export interface HandoffBeginOptions {
  handoff: HandoffRecord;
}

/**
 * Base of every dialog in the triage: help, cancel, start over, language, talk to a person, ticket look-ups, small
 * talk, another language, corrections and a second problem work at any step. Only the outermost active dialog acts
 * on them, so each is handled once.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(
    id: string,
    private readonly commands: CommandHandler,
  ) {
    super(id);
  }

  /** Keeps the options a step was begun with, so a language switch can restart it in the new language. */
  override async beginDialog(outerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    if (outerDc.activeDialog) outerDc.activeDialog.state.beginOptions = options;
    return super.beginDialog(outerDc, options);
  }

  /**
   * Begun for a message when no triage is under way (this dialog is the outermost): a command, small talk, another
   * language or a stale button is all the turn does; a hand-off takes the messages that follow.
   */
  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const handoff = (options as Partial<HandoffBeginOptions> | undefined)?.handoff;
    if (handoff && innerDc.findDialog(DialogIds.handoff)) return innerDc.beginDialog(DialogIds.handoff, handoff);
    const text = innerDc.context.activity.text;
    if (!handoff && typeof text === 'string' && !this.isNestedInAnotherInterruptible(innerDc)) {
      const idle = await this.commands.whenIdle(innerDc.context, text.trim());
      if (idle.handled) {
        if (idle.handoff && innerDc.findDialog(DialogIds.handoff))
          return innerDc.beginDialog(DialogIds.handoff, idle.handoff);
        return { status: DialogTurnStatus.complete };
      }
    }
    return super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.text;
    if (typeof text === 'string' && !this.isNestedInAnotherInterruptible(innerDc)) {
      const result = await this.interrupt(innerDc, text.trim());
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

  private inHandoff(innerDc: DialogContext): boolean {
    return innerDc.activeDialog?.id === DialogIds.handoff;
  }

  private async interrupt(innerDc: DialogContext, text: string): Promise<DialogTurnResult | undefined> {
    const command = detectCommand(text);
    // asking for a person again while handed off is one more message for that person
    if (command && !(command.kind === 'human' && this.inHandoff(innerDc))) return this.onCommand(innerDc, command);
    if (this.inHandoff(innerDc)) {
      const fresh = cues.newProblem(text);
      if (!fresh) return undefined;
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(this.initialDialogId, { initialText: fresh.rest });
    }
    if (otherLanguageOf(text)) {
      await otherLanguageReply(innerDc.context);
      return this.reprompt(innerDc);
    }
    const kind = smallTalk.read(text);
    if (kind && kind !== 'acknowledgement') {
      await smallTalkReply(innerDc.context, kind, true);
      return this.reprompt(innerDc);
    }
    return (await this.onCorrection(innerDc, text)) ?? this.onSecondProblem(innerDc, text);
  }

  private async onCommand(
    innerDc: DialogContext,
    command: NonNullable<ReturnType<typeof detectCommand>>,
  ): Promise<DialogTurnResult | undefined> {
    const outcome = await this.commands.duringTriage(innerDc, command);
    if (typeof outcome === 'object') {
      // a failed hand-off keeps the triage where it was
      if (!outcome.handedOff) return this.reprompt(innerDc);
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(DialogIds.handoff, outcome.handedOff);
    }
    switch (outcome) {
      case 'reprompt':
        return this.reprompt(innerDc);
      case 'restartStep':
        return this.restartActiveStep(innerDc);
      case 'cancelled':
        return innerDc.cancelAllDialogs();
      case 'startOver':
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(this.initialDialogId);
    }
  }

  private async onCorrection(innerDc: DialogContext, text: string): Promise<DialogTurnResult | undefined> {
    const correction = cues.correction(text);
    if (!correction?.rest) return undefined;
    const { changed, repropose, reconfirm } = await this.commands.correct(innerDc, correction.rest);
    if (!changed) return undefined;
    // the severity was settled: it is proposed again over the step under way, which then asks its question again
    if (reconfirm && innerDc.findDialog(DialogIds.severityReconfirmation))
      return innerDc.beginDialog(DialogIds.severityReconfirmation, reconfirm);
    return repropose ? this.restartActiveStep(innerDc, ['proposed', 'userSeverity']) : this.reprompt(innerDc);
  }

  /** "also my printer doesn't work": remembered and offered when this triage is done (see MainDialog). */
  private async onSecondProblem(innerDc: DialogContext, text: string): Promise<DialogTurnResult | undefined> {
    const second = cues.secondProblem(text);
    if (!second?.problem) return undefined;
    // looked up only now: finding the triage's values walks down the dialog stack (a DialogContext per level)
    const triage = waterfallValues<TriageValuesView>(innerDc, DialogIds.triageWaterfall);
    if (!triage?.description) return undefined;
    (triage.pendingProblems ??= []).push(second.problem);
    const t = turnTranslator(innerDc.context);
    await innerDc.context.sendActivity(t('secondProblemNoted', { problem: escapeMarkdown(summarize(second.problem)) }));
    if (!second.before) return this.reprompt(innerDc);
    // what came before it ("just me.") is still the answer to the question asked
    innerDc.context.activity.text = second.before;
    return undefined;
  }

  private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  /**
   * Restarts the innermost restartable step with its original options and the answers it already had, so its
   * current question is asked anew (in the new language) and nothing answered is lost. `forget` drops values the
   * restart must work out again (a severity proposal after a corrected answer).
   */
  private async restartActiveStep(innerDc: DialogContext, forget: string[] = []): Promise<DialogTurnResult> {
    const active = innerDc.activeDialog;
    if (active && innerDc.findDialog(active.id) instanceof InterruptibleDialog) {
      const child = contextsDown(innerDc)[1];
      const waterfall = child?.stack.find((instance) => child.findDialog(instance.id) instanceof ResumableWaterfall);
      const values = { ...((waterfall?.state?.values as Record<string, unknown> | undefined) ?? {}) };
      for (const key of forget) delete values[key];
      const options: ResumeOptions = { ...(active.state.beginOptions ?? {}), [RESUME_VALUES]: values };
      return innerDc.replaceDialog(active.id, options);
    }
    return this.reprompt(innerDc);
  }
}
