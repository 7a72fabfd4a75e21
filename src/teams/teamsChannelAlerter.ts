import {
  CardFactory,
  MessageFactory,
  type Attachment,
  type CloudAdapter,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Alerter } from '../alerts/alerter';
import { escapeMarkdown, summarize } from '../presentation/escape';
import { categoryLabel, severityLabel } from '../presentation/labels';
import type { TriageData } from '../domain/data/loadData';
import type { Locale } from '../domain/types';
import { t } from '../i18n/catalog';
import { effectiveSeverity, type Ticket } from '../tickets/ticket';
import type { AlertChannelRegistry } from './alertChannels';

export interface TeamsChannelAlerterOptions {
  /** What continueConversationAsync needs; the CloudAdapter in the app. */
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** MicrosoftAppId; empty when running locally without authentication. */
  appId: string;
  registry: AlertChannelRegistry;
  data: TriageData;
  logger: Logger;
}

/** The short alert card: ticket id, category, severity (and whose it is) and the description's first words (escaped). */
export function alertCard(ticket: Ticket, data: TriageData, locale: Locale): Attachment {
  const severity = effectiveSeverity(ticket);
  const category = ticket.category ? categoryLabel(data, ticket.category, locale) : '';
  const overridden = ticket.severity?.user && ticket.severity.user !== ticket.severity.bot;
  const severityText = !severity
    ? ''
    : t(locale, overridden ? 'claims.alert.severityUser' : 'claims.alert.severityBot', {
        severity,
        label: severityLabel(data, severity, locale),
        bot: ticket.severity?.bot ?? '',
      });
  const facts = [
    { title: t(locale, 'card.ticket'), value: ticket.id },
    { title: t(locale, 'card.category'), value: category },
    { title: t(locale, 'card.severity'), value: severityText },
    { title: t(locale, 'alert.summary'), value: escapeMarkdown(summarize(ticket.description, 160)) },
  ].filter((f) => f.value);
  return CardFactory.adaptiveCard({
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: [
      {
        type: 'TextBlock',
        text: t(locale, 'alert.title', { id: ticket.id }),
        size: 'Medium',
        weight: 'Bolder',
        color: 'Attention',
        wrap: true,
      },
      { type: 'FactSet', facts },
    ],
  });
}

/**
 * Announces a ticket in every Teams channel that registered for alerts ("register alerts"), proactively through
 * the adapter. Every channel is tried; if any could not be reached the error says which, so a caller that keeps
 * failed alerts can keep this one.
 */
export class TeamsChannelAlerter implements Alerter {
  constructor(private readonly options: TeamsChannelAlerterOptions) {}

  /** A target only while at least one channel is registered: with none, nothing would be posted anywhere. */
  async hasTarget(): Promise<boolean> {
    return (await this.options.registry.list()).length > 0;
  }

  async alert(ticket: Ticket): Promise<void> {
    const { adapter, appId, registry, data, logger } = this.options;
    const channels = await registry.list();
    const failed: string[] = [];
    for (const channel of channels) {
      const conversationId = channel.reference.conversation?.id ?? 'unknown';
      try {
        const card = alertCard(ticket, data, channel.locale);
        const summary = t(channel.locale, 'alert.text', {
          category: ticket.category ? categoryLabel(data, ticket.category, channel.locale) : '',
          summary: summarize(ticket.description, 80),
        });
        await adapter.continueConversationAsync(
          appId,
          channel.reference as ConversationReference,
          async (context: TurnContext) => {
            const message = MessageFactory.attachment(card);
            message.summary = summary;
            await context.sendActivity(message);
          },
        );
        logger.info({ ticketId: ticket.id, conversationId }, 'alert posted to Teams channel');
      } catch (error) {
        logger.warn(
          { ticketId: ticket.id, conversationId, err: (error as Error).message },
          'alert could not be posted to Teams channel',
        );
        failed.push(conversationId);
      }
    }
    if (failed.length > 0) {
      throw new Error(
        `Teams alert for ${ticket.id} not delivered to ${failed.length} of ${channels.length} channel(s): ${failed.join(', ')}`,
      );
    }
  }
}
