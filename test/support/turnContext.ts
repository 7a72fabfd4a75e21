import { TestAdapter, TurnContext, type Activity } from 'botbuilder';

/** A message turn's context on conversation "c1" from user "u1", for driving bot state by hand. */
export function turnOnConversationC1(): TurnContext {
  return new TurnContext(new TestAdapter(async () => undefined), {
    type: 'message',
    channelId: 'test',
    conversation: { id: 'c1' },
    from: { id: 'u1' },
    recipient: { id: 'bot' },
  } as Activity);
}
