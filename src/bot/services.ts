import type { StatePropertyAccessor } from 'botbuilder';
import type { Logger } from 'pino';
import type { Alerter } from '../alerts/alerter';
import type { ConversationAlertOutbox } from '../alerts/conversationOutbox';
import type { PartnerContact } from '../config';
import type { AnswerRecognizer } from '../domain/answers';
import type { CountryMatcher } from '../domain/country';
import type { Clock } from '../domain/hours';
import type { TriageData } from '../domain/data/loadData';
import type { TicketStore } from '../tickets/ticketStore';
import type { TranscriptEntry } from '../tickets/ticket';
import type { UserProfile } from './profile';

/** Everything the dialogs need, built once in the composition root and passed in. */
export interface TriageServices {
  data: TriageData;
  matcher: CountryMatcher;
  answers: AnswerRecognizer;
  tickets: TicketStore;
  alerter: Alerter;
  /** Where a turn queues its Severity A alert, to go out once the turn's state is committed. */
  alertOutbox: Pick<ConversationAlertOutbox, 'add'>;
  clock: Clock;
  logger: Logger;
  partnerContact?: PartnerContact;
  profile: StatePropertyAccessor<UserProfile>;
  transcript: StatePropertyAccessor<TranscriptEntry[]>;
}
