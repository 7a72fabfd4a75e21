import type { StatePropertyAccessor } from 'botbuilder';
import type { Logger } from 'pino';
import type { Alerter } from '../src/alerts/alerter';
import type { ConversationAlertOutbox } from '../src/alerts/conversationOutbox';
import type { PartnerContact } from '../src/config';
import type { AnswerRecognizer } from '../src/domain/answers';
import type { CountryMatcher } from '../src/domain/country';
import type { Clock } from '../src/domain/hours';
import type { TriageData } from '../src/domain/data/loadData';
import type { TicketStore } from '../src/tickets/ticketStore';
import type { TranscriptEntry } from '../src/tickets/ticket';
import type { UserProfile } from '../src/state/profile';

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
