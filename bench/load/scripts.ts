// Scripted triage conversations the load driver plays, in Japanese and English (phrases as in scripts/emulator-demo.ts
// and test/http). Each one ends with a ticket on the triage bot; the echo bot and the ceiling just echo every turn.

export interface ConversationScript {
  name: string;
  locale: string;
  /** What the user types, after joining (the Emulator's conversationUpdate). */
  lines: string[];
  /** The triage bot's last turn shows a ticket id. */
  endsWithTicket: boolean;
}

export const LOAD_SCRIPTS: ConversationScript[] = [
  {
    name: 'en-technical-csp',
    locale: 'en-US',
    lines: [
      'hi',
      'Outlook on the web shows a blank page after sign-in for all 120 people in our office since 9am; nobody can read mail.',
      'No',
      'Yes, that fits',
      'Microsoft 365 Business Standard',
      'Through a CSP partner',
    ],
    endsWithTicket: true,
  },
  {
    name: 'ja-courseware-ch',
    locale: 'ja-JP',
    lines: [
      'こんにちは',
      'MOC の公式コースウェアのトレーナー用キットを注文したいのですが、窓口はどこですか。',
      'スイス',
      'スイス (ドイツ語)',
    ],
    endsWithTicket: true,
  },
  {
    name: 'en-technical-sharepoint',
    locale: 'en-US',
    lines: [
      'hello',
      'SharePoint Online is down for every user in the company; no one can open any site and there is no workaround.',
      'Yes, that fits',
      'Microsoft 365 Business Standard',
      'Through a CSP partner',
    ],
    endsWithTicket: true,
  },
  {
    name: 'ja-courseware-jp',
    locale: 'ja-JP',
    lines: ['こんにちは', 'MOC のコースウェア教材を注文したいのですが、窓口を教えてください。', '日本'],
    endsWithTicket: true,
  },
];

/** The shortest conversation that stores state and a ticket (memory test). */
export const SHORT_TICKET_SCRIPT: ConversationScript = {
  name: 'ja-courseware-short',
  locale: 'ja-JP',
  lines: ['MOC のコースウェア教材を注文したいのですが、窓口を教えてください。', '日本'],
  endsWithTicket: true,
};

/** A conversation abandoned after the description: state is stored, no ticket (memory test). */
export const SHORT_NO_TICKET_SCRIPT: ConversationScript = {
  name: 'en-abandoned',
  locale: 'en-US',
  lines: ['hi'],
  endsWithTicket: false,
};
