import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';

/** Option key carrying the values of a step that is being restarted (language switch, correction). */
export const RESUME_VALUES = 'resumeValues';

export type ResumeOptions = { [RESUME_VALUES]?: Record<string, unknown> };

/**
 * A waterfall that can be restarted with the answers it already had: its steps skip what is known and ask the
 * rest, so restarting a step in another language, or after a correction, loses nothing.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the same default as WaterfallDialog's own
export class ResumableWaterfall<O extends object = {}> extends WaterfallDialog<O> {
  protected override async onStep(step: WaterfallStepContext<O>): Promise<DialogTurnResult> {
    const resume = (step.options as ResumeOptions | undefined)?.[RESUME_VALUES];
    if (step.index === 0 && resume) {
      const { instanceId } = step.values as { instanceId?: unknown };
      Object.assign(step.values, structuredClone(resume), { instanceId });
    }
    return super.onStep(step);
  }
}
