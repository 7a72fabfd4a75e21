import {
  classify,
  classifySeverity,
  reasonToText,
  reasonsToText,
  REASON_CODES,
  type Reason,
} from '../../src/domain/classifier';
import { extractSeverityFeatures } from '../../src/domain/classifier/features';
import { normalizeText } from '../../src/domain/classifier/normalize';
import { severityFromFeatures } from '../../src/domain/classifier/severity';
import { REASON_TEXT } from '../../src/domain/classifier/reasonText';
import type { Locale, Severity } from '../../src/domain/types';

type Row = [Locale, string, Severity];

// Our own example sentences (not from the scoring sets): one behaviour per row.
const rows: Row[] = [
  // A: service unusable for many / whole org
  ['en', 'Exchange Online has been rejecting all inbound mail for the entire organization since 6am.', 'A'],
  ['en', 'The SharePoint intranet home page is down for all staff, error 503.', 'A'],
  [
    'en',
    'Office activation fails for all users with error 0x8004FC12 since this morning; nobody can edit documents.',
    'A',
  ],
  [
    'en',
    'Hey team, quick heads-up: since lunch none of our 60 agents can log into Teams, so the support line is dead.',
    'A',
  ],
  ['ja', '全社員がOutlookにサインインできません。受注業務が止まっています。', 'A'],
  ['ja', '本社の全員が社外にメールを送信できない状態です。', 'A'],
  ['ja', 'テナント全体でTeamsの外部アクセスができなくなり、取引先との会議に参加できません。', 'A'],
  // A: scope said through roles, places or the org as a whole ("all of the pharmacists", "all four clinics")
  ['en', 'Since the update all of the pharmacists get an error when they open Outlook.', 'A'],
  ['en', 'Teams will not sign in at all four of our clinics, error 80080300 on every attempt.', 'A'],
  ['en', 'Outbound mail stopped for the organization around noon; message trace shows nothing leaving.', 'A'],
  ['en', 'Our switchboard number plays an out of service message, so the public cannot phone us.', 'A'],
  ['en', 'The operators and supervisors all get access denied on the dispatch SharePoint site.', 'A'],
  ['en', 'Every workstation in the branch shows a blank Teams window, colleagues have no phones today.', 'A'],
  // A: the writer speaks for the organisation ("we", "for us", "our office") about a plain, complete failure
  ['en', 'Since this morning we cannot reach SharePoint Online, every page times out with error 502.', 'A'],
  ['en', 'Exchange is down for us again; Outlook will not connect and webmail will not load.', 'A'],
  ['en', 'Our office lost its Teams phone numbers overnight; inbound calls get a recorded error.', 'A'],
  // ... but not when the failure is partial, cosmetic or a question
  ['en', 'We are unable to change the colour of the banner on our intranet home page.', 'C'],
  ['en', "We can't open a few of the older Excel workbooks from SharePoint, the rest open fine.", 'B'],
  // A: mass data loss said without "deleted"
  ['en', 'A sync problem overwrote every document in the Contracts library with empty 0 KB copies.', 'A'],
  // A: outage with stated serious business impact
  [
    'en',
    'External sharing from OneDrive stopped working for the entire company and a contract signing is due tomorrow.',
    'A',
  ],
  // A: security incidents and mass data loss
  [
    'en',
    'We see suspicious sign-ins from abroad and mailbox rules nobody created are forwarding mail externally.',
    'A',
  ],
  ['en', 'Someone deleted hundreds of files from our shared project library and the recycle bin is empty.', 'A'],
  ['ja', '管理者アカウントに不正ログインされ、全ユーザーのパスワードが変更されていました。', 'A'],
  ['ja', 'ランサムウェアに感染したようで、OneDriveのファイルが開けなくなりました。', 'A'],
  ['ja', '全ユーザーのメールボックスからメールが大量に削除されていました。', 'A'],
  // B: usable but impaired / delays / some users / workaround in place
  ['en', 'Teams chat messages are taking around 5 minutes to appear for all users, but they do arrive.', 'B'],
  [
    'en',
    "Three people in HR can't access the HR SharePoint site; they get access denied. Everyone else can get in.",
    'B',
  ],
  ['en', 'Several of our users report that Outlook freezes for a few seconds when switching folders.', 'B'],
  ['en', "Autodiscover isn't working for our users after the migration, they have to set up Outlook manually.", 'B'],
  ['ja', 'OneDriveの同期が一部のユーザーで遅いです。', 'B'],
  ['ja', '数名のユーザーでOneDriveの同期が止まっています。ブラウザからは使えています。', 'B'],
  ['ja', '新しいOutlookで、予定表の表示が一部おかしいです。使えてはいます。', 'B'],
  // B: one user fully blocked with no alternative (not A)
  [
    'en',
    "One of our managers can't open any shared mailbox on two laptops. Nobody else is affected and she can't work without it.",
    'B',
  ],
  ['ja', '課長のPCだけOutlookが起動しません。Web版も使えず、仕事ができない状態です。', 'B'],
  // C: how-to, feature request, cosmetic, one user with a workaround
  ['en', 'How can I stop Teams from starting automatically when Windows starts?', 'C'],
  ['en', "What's the retention period for Teams chat messages by default?", 'C'],
  ['en', 'Please add the ability to pin more than 5 channels in Teams.', 'C'],
  ['en', "I can't open Excel files from Teams on my PC, but they open fine in the browser, so I'm fine for now.", 'C'],
  ['ja', 'Outlookで予定表を共有するにはどうしたらいいですか？', 'C'],
  ['ja', 'Plannerにガントチャート機能を追加してほしいという要望です。', 'C'],
  ['ja', 'Outlookのアイコンの色が変わってしまいました。自分だけです。', 'C'],
  ['ja', '自分のOutlookだけ検索結果が古いままですが、Web版では検索できます。', 'C'],
  ['ja', 'ゴミ箱から削除したファイルを復元する方法はありますか？', 'C'],
  // held-out generalisation rows
  // A: "nobody can" makes a dropping call an outage; polite negative conjugation; mass device wipe; intruder sign-in
  [
    'en',
    'Hi, just letting you know our Teams calls are failing for every user in the tenant - calls connect then drop after 2 seconds. No rush I guess, but nobody can do calls.',
    'A',
  ],
  ['ja', '本日朝からExchange Onlineで社外からのメールが一切受信できていません。全社で発生しています。', 'A'],
  [
    'en',
    'Intune wiped about 400 corporate iPhones overnight after a policy change. Users have lost all their data.',
    'A',
  ],
  ['en', 'Someone logged into our global admin from Russia and created three new admin accounts.', 'A'],
  // B: delays counted in hours; one feature broken for everyone while the service works; repeated sign-outs;
  //    the only one affected, however senior and whatever the deadline
  ['ja', '社外からのメールが届くまでに1時間ほどかかっています。全員同じ状況ですが、メール自体は届いています。', 'B'],
  ['ja', '本日午後からTeams会議の録画が保存されません。会議自体はできています。全社で発生しています。', 'B'],
  [
    'en',
    'Users are getting logged out of Outlook on the web every 10 minutes. Annoying but they can log back in.',
    'B',
  ],
  [
    'en',
    "Our sales director cannot log into anything - Teams, Outlook, web - account says disabled. She's the only one affected. Board meeting tomorrow!!!",
    'B',
  ],
  // C: a VIP whose other device works; "we'd love" is a feature request
  [
    'en',
    'the CEO cant get into his mailbox in the Outlook app on his iPhone, it works on his laptop. pls fix asap!!',
    'C',
  ],
  ['en', "We'd love a dark mode for Bookings pages.", 'C'],
  // held-out rows (round 3/4): a long subject before "can" ("nobody in the X or Y offices can"), "nothing … has come
  // in" while internal mail works, an active-voice mass deletion, "slow" that nobody can get past, a bare group as the
  // subject ("employees cannot"), every seat of a call centre
  [
    'en',
    "Hi team, heads-up: since about 9:10 nobody in the London or Leeds offices can join any Teams meeting, it just sits on 'Connecting...'. Chat is OK. We have a client pitch at 11.",
    'A',
  ],
  [
    'en',
    'Exchange Online: inbound mail from external senders stopped around 2am. Nothing from outside has come in for 6 hrs, whole tenant. Internal mail between us is fine.',
    'A',
  ],
  [
    'en',
    "Someone deleted the whole 'Contracts' document library - about 14,000 files - and the recycle bin shows nothing. Legal needs them for a hearing tomorrow.",
    'A',
  ],
  [
    'en',
    'fyi sharepoint online is painfully slow for the entire company - pages take 2-3 minutes to load and most time out, basically nobody can get to their files',
    'A',
  ],
  [
    'en',
    "Dear Support, we kindly inform you that employees cannot access the Intranet on SharePoint since the morning, it is showing 'Access Denied' to all. Please check it.",
    'A',
  ],
  ['ja', 'コールセンターのTeams通話が全席でつながりません。お客様からの電話を受けられない状態です。', 'A'],
  // B: "the password is incorrect" is an error, not a display fault; adding (not using) our domain is no scope cue
  [
    'en',
    "I'm locked out of my account after changing my password - it keeps saying the password is incorrect. Tried on the phone too. I can't do anything.",
    'B',
  ],
  [
    'en',
    "Adding our domain in the admin center - it keeps saying the TXT record can't be found, but I added it at GoDaddy 2 days ago. Can't finish the setup.",
    'B',
  ],
  // C: "whats" without an apostrophe, "could you explain", a workaround the writer uses themselves
  [
    'en',
    'whats the max attachment size for exchange online? want to tell the staff before the new policy goes out',
    'C',
  ],
  [
    'en',
    "Could you explain how retention labels differ from sensitivity labels in Purview? We're drafting an internal guide for staff.",
    'C',
  ],
  ['en', 'Planner: when I print a board the layout is cut off on the right side. I just export to Excel instead.', 'C'],
  // C: a security or outage question asked before anything has gone wrong is a how-to, whatever it names
  [
    'en',
    'Could ransomware encrypt our SharePoint libraries if one laptop got infected? Nothing has happened yet, we are reviewing our backups.',
    'C',
  ],
  ['ja', '退職者のアカウントを残しておくと乗っ取られる危険はありますか？今のところ何も起きていません。', 'C'],
  // C: a question asked after the trouble is over (or was contained) is a how-to too
  [
    'en',
    'Exchange mail bounced for everyone for two hours on Tuesday, then it sorted itself out. Where can I read what caused it?',
    'C',
  ],
  [
    'en',
    'Someone tried a password spray on our tenant last night; every attempt failed and nothing got in. Which policies should we tighten?',
    'C',
  ],
  ['ja', '先週の全社的なTeams障害はもう復旧しています。今後、障害情報を社員に知らせる方法はありますか。', 'C'],
  // … unless the text says it is back: the later word wins
  [
    'en',
    'Teams had an outage for everyone on Monday and it has since been resolved, but since this morning it is down again for all staff.',
    'A',
  ],
  ['ja', '先週の全社Teams障害は一度復旧しましたが、今朝また使えなくなりました。全社員が影響を受けています。', 'A'],
];

/** The seed's decision rules alone, reading the cue lexicon (the whole classifier adds the learned models). */
const rulesSeverity = (text: string) => severityFromFeatures(extractSeverityFeatures(normalizeText(text))).severity;

describe("the decision rules (seed 001) read the severity from the text's cues", () => {
  it.each(rows)('[%s] %s -> %s', (_locale, text, severity) => {
    expect(rulesSeverity(text)).toBe(severity);
  });

  it.each(rows)('[%s] the whole classifier routes it to technical support: %s', (locale, text) => {
    expect(classify(text, locale).category).toBe('technical');
    expect(classifySeverity(text, locale).severity).toBe(classify(text, locale).severity);
  });

  it.each(rows)("[%s] every reason quotes the user's own words: %s", (locale, text) => {
    for (const r of classify(text, locale).reasons) {
      expect(REASON_CODES).toContain(r.code);
      expect(r.evidence).toBe(r.evidence.trim());
      expect(text).toContain(r.evidence);
    }
  });
});

// The seed's decision table reads these words; the learned half may weigh the sentence differently, and the blind
// split, not a hand-picked sentence, measures the whole classifier.
describe('the rules read scope words that are not about the affected people', () => {
  it.each([
    // the other half being fine does not make an outage for half the company partial
    ['en', 'Half the staff cannot open Outlook at all today; the other half is fine.', 'A'],
    // "instead of" is not a workaround; a language variant is cosmetic
    ['en', 'Word suggests American spelling instead of British in my documents.', 'C'],
    // a server certificate expiring is technical, not an expired certification
    ['en', 'After the SMTP certificate expired, our connector is rejecting mail for the whole tenant.', 'A'],
  ] as [Locale, string, Severity][])('[%s] %s -> %s', (locale, text, severity) => {
    expect(classify(text, locale).category).toBe('technical');
    expect(severityFromFeatures(extractSeverityFeatures(normalizeText(text))).severity).toBe(severity);
  });
});

describe('"nobody has …" is an outage only when it says what people lack', () => {
  const outageCue = (text: string) => extractSeverityFeatures(normalizeText(text)).outage?.evidence ?? null;

  it.each([
    'Nobody has email since 9.',
    'Nobody here has received a single message since lunch.',
    'None of the trainees have been able to sign in.',
    'Nobody has logged in since the change.',
  ])('an outage: %s', (text) => expect(outageCue(text)).not.toBeNull());

  // what nobody did (clicked, paid, reported, noticed) is not what nobody can do
  it.each([
    'Nobody has clicked the link so far; how do we block that sender domain?',
    'No one in accounts has noticed anything odd yet.',
  ])('not an outage: %s', (text) => expect(outageCue(text)).toBeNull());
});

describe('「…にできない?」 asks for a setting, not about a failure', () => {
  const howToCue = (text: string) => extractSeverityFeatures(normalizeText(text)).howTo?.evidence ?? null;

  it.each([
    ['会議室の予定表、24時間表示にできない?', 'にできない?'],
    ['通知をオフにできませんか?', 'にできませんか?'],
  ])('%s asks how (%s)', (text, cue) => expect(howToCue(text)).toBe(cue));

  it('「Teamsにログインできない?全員です」 is not read as a how-to', () =>
    expect(howToCue('Teamsにログインできない?全員です')).toBeNull());
});

describe('shouting and VIP titles do not raise severity', () => {
  it.each([
    ['en', 'How do I change the default font in Outlook?', 'URGENT!!! How do I change the default font in Outlook???'],
    [
      'en',
      'Outlook freezes for a few seconds for several users.',
      'EMERGENCY - our CEO says Outlook freezes for a few seconds for several users!!!',
    ],
    ['ja', '署名に画像を入れる方法を教えてください。', '大至急！！社長の署名に画像を入れる方法を教えてください！！'],
    ['ja', '一部のユーザーでTeamsの通知が遅れます。', '至急お願いします！一部のユーザーでTeamsの通知が遅れます。'],
  ] as [Locale, string, string][])('[%s] %s', (locale, calm, loud) => {
    const a = classify(calm, locale);
    const b = classify(loud, locale);
    expect(b.severity).toBe(a.severity);
    expect(b.reasons.map((r) => r.code)).toContain('urgency-ignored');
  });
});

describe('a calm report of an outage is still A', () => {
  it.each([
    [
      'en',
      'Whole tenant: SharePoint and OneDrive are down, users cannot open any files. Not urgent, just letting you know.',
    ],
    ['en', 'no rush really, but nobody in the company has been able to sign in to Teams since 9.'],
    ['ja', '急ぎではないのですが、朝から全社でTeamsにつながりません。'],
  ] as [Locale, string][])('[%s] %s', (locale, text) => {
    expect(classify(text, locale).severity).toBe('A');
  });
});

describe('needs and answers', () => {
  it.each([
    ['en', 'Outlook crashes when I open a specific shared calendar folder.'],
    ['ja', 'Teamsの会議に参加できません。'],
  ] as [Locale, string][])('[%s] unknown scope -> needs scope: %s', (locale, text) => {
    const c = classify(text, locale);
    expect(c.needs).toContain('scope');
  });

  it.each([
    ['en', 'How do I add a shared calendar in Outlook?'],
    ['ja', '全社でメールの送信が20分ほど遅延しています。最終的には届いています。'],
    ['en', 'Attackers compromised our global admin account last night.'],
  ] as [Locale, string][])('[%s] no needs when no answer could change the severity: %s', (locale, text) => {
    expect(classify(text, locale).needs).toEqual([]);
  });

  it('does not ask for the scope once the text says it', () => {
    expect(classify("Only me: Word won't start on my laptop.", 'en').needs).not.toContain('scope');
    expect(classify('全社でOutlookが起動しません。', 'ja').needs).not.toContain('scope');
  });

  const text = 'Outlook crashes on startup.';
  it.each([
    [{ scope: 'many' as const, workaround: false }, 'A'],
    [{ scope: 'many' as const, workaround: true }, 'B'],
    [{ scope: 'some' as const, workaround: false }, 'B'],
    [{ scope: 'one' as const, workaround: false }, 'B'],
    [{ scope: 'one' as const, workaround: true }, 'C'],
  ])('answers %j resolve the severity to %s', (answers, severity) => {
    const s = classifySeverity(text, 'en', answers);
    expect(s.severity).toBe(severity);
    expect(s.needs).toEqual([]);
    const scopeReason = s.reasons.find((r) => r.code.endsWith('-affected'));
    expect(scopeReason?.evidence).toBe('');
  });

  it('answering the scope leaves only the workaround question when it still matters', () => {
    expect(classify(text, 'en').needs).toEqual(['scope', 'workaround']);
    expect(classify(text, 'en', { scope: 'many' }).needs).toEqual(['workaround']);
    expect(classify(text, 'en', { scope: 'many' }).severity).toBe('A');
  });

  it('a bare group as the subject means many, unless a count, department or quantifier says otherwise', () => {
    expect(classify('Staff cannot open the intranet on SharePoint since this morning.', 'en').severity).toBe('A');
    expect(classify('In the Finance department, users cannot open the shared mailbox.', 'en').severity).toBe('B');
    expect(classify('Two of our users cannot open the shared mailbox.', 'en').severity).toBe('B');
    expect(classify('経理部の社員が共有メールボックスを開けません。', 'ja').severity).toBe('B');
  });

  it('a button answer overrides what the text suggested', () => {
    const t = '全社でOutlookが起動しません。';
    expect(classify(t, 'ja').severity).toBe('A');
    expect(classify(t, 'ja', { workaround: true }).severity).toBe('B');
    expect(classify(t, 'ja', { scope: 'one' }).severity).toBe('B');
  });
});

describe('reasonToText', () => {
  const many: Reason = { code: 'many-affected', evidence: 'all 120 of our staff' };
  it.each([
    ['en', many, 'several users affected ("all 120 of our staff")'],
    ['ja', { code: 'many-affected', evidence: '全社' }, '複数のユーザーに影響（「全社」）'],
    ['en', { code: 'workaround', evidence: '' }, 'there is a workaround'],
    ['ja', { code: 'no-workaround', evidence: '' }, '別の方法がない'],
  ] as [Locale, Reason, string][])('[%s] %j -> %s', (locale, reason, expected) => {
    expect(reasonToText(reason, locale)).toBe(expected);
  });

  it('gathers the quotes of reasons of one kind under one label, in order', () => {
    const reasons: Reason[] = [
      { code: 'service-down', evidence: 'returns a 503' },
      { code: 'similar-reports', evidence: 'whole intranet' },
      { code: 'similar-reports', evidence: 'payroll' },
      { code: 'similar-reports', evidence: 'payroll' },
    ];
    expect(reasonsToText(reasons, 'en')).toEqual([
      'a service cannot be used ("returns a 503")',
      'worded like other reports of this severity ("whole intranet", "payroll")',
    ]);
    expect(reasonsToText(reasons.slice(1, 3), 'ja')).toEqual([
      '同じ重大度の報告によくある表現（「whole intranet」「payroll」）',
    ]);
  });

  it('has a non-empty text for every code in both languages', () => {
    for (const locale of ['en', 'ja'] as const) {
      for (const code of REASON_CODES) expect(REASON_TEXT[locale][code].length).toBeGreaterThan(0);
    }
  });
});

describe('a Japanese reason quotes whole words', () => {
  it('a cue that stops inside a verb ending is quoted to the end of that ending', () => {
    const reasons = classify('朝から営業部のPCでOutlookが開けなくなっています', 'ja').reasons;
    expect(reasons.map((r) => r.evidence)).toContain('開けなくなっています');
  });

  it('a cue that ends in kanji is quoted as it is, without the particle after it', () => {
    const reasons = classify('今朝から全社でOutlookが起動しません', 'ja').reasons;
    expect(reasons.map((r) => r.evidence)).toContain('全社');
  });
});
