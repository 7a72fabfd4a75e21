import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import type { SeverityAnswers } from '../src/domain/classifier';
import { DialogIds } from './dialogIds';
import { RESUME_VALUES, type ResumeOptions } from './ResumableWaterfall';
import type { SeverityOptions, SeverityOutcome } from './SeverityDialog';
import type { TriageValuesView } from './triageState';

export interface ReconfirmOptions {
  description: string;
  /** All the answers so far, the corrected one included. */
  answers: SeverityAnswers;
}

/**
 * A scope or workaround corrected after the severity was settled (at the plan or the purchase-channel question):
 * the severity step runs again over the triage's step, from every answer so far, proposes the bot's severity and
 * asks for confirmation as it did the first time; what it settles replaces the triage's severity, and the step it
 * interrupted asks its question again (a ComponentDialog reprompts when a dialog above it ends).
 */
export class SeverityReconfirmation extends Dialog<ReconfirmOptions> {
  constructor(private readonly severityDialogId: string) {
    super(DialogIds.severityReconfirmation);
  }

  override async beginDialog(dc: DialogContext, options?: ReconfirmOptions): Promise<DialogTurnResult> {
    const begin: SeverityOptions & ResumeOptions = {
      description: options?.description ?? '',
      [RESUME_VALUES]: { answers: { ...(options?.answers ?? {}) } },
    };
    return dc.beginDialog(this.severityDialogId, begin);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const triage = dc.stack.find((instance) => instance.id === DialogIds.triageWaterfall)?.state?.values as
      TriageValuesView | undefined;
    if (triage && result && typeof result === 'object') {
      const { answers, ...severity } = result as SeverityOutcome;
      triage.severity = severity;
      if (answers) triage.severityAnswers = answers;
    }
    return dc.endDialog();
  }
}
