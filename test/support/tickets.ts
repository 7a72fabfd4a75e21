import type { Ticket } from '../../src/tickets/ticket';

/** A minimal triage ticket for store tests: only what a store must keep, with any field overridden. */
export function sampleTicket(id: string, overrides: Partial<Ticket> = {}): Ticket {
  return {
    id,
    kind: 'triage',
    createdAt: '2026-11-23T00:00:00.000Z',
    user: { id: 'u1' },
    conversationId: 'c1',
    channelId: 'emulator',
    locale: 'en',
    description: 'Outlook is down',
    transcript: [],
    ...overrides,
  };
}
