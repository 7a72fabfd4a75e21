// (d) Diagnostic, not in the default targets: this bot's whole stack as the composition root builds it (restify,
// KeepAliveCloudAdapter, TurnPipeline, SQLite state, logging, metrics) with the dialogs replaced by an echo that still
// loads and saves conversation state. Its distance from (c) is what the dialogs and the triage itself cost.
import { buildApp } from '../../src/index';
import { loadConfig } from '../../src/config';
import { reportReady } from './childHarness';

const app = buildApp(loadConfig(process.env));
const { transcript } = app.services;
app.bot.run = async (context) => {
  await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
  await transcript.set(context, [{ from: 'user', text: context.activity.text ?? '', at: new Date().toISOString() }]);
  await app.conversationState.saveChanges(context, false);
};
app.server.listen(0, '127.0.0.1', () => reportReady(app.server.address() as never));
