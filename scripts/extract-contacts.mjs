#!/usr/bin/env node
// Regenerates data/contacts.json from the MOC contacts table in seed 000.
// The seed is the source of truth; this script only restructures it. The readings that are
// interpretations (time zones, days, English names) are spelled out in the tables below and
// stored with each row, so the bot can say how it read the seed.
// Usage: node scripts/extract-contacts.mjs ../shared/seeds/000_7c0ed756d28c58f6.txt > data/contacts.json
import { readFileSync } from 'node:fs';

const seedPath = process.argv[2];
if (!seedPath) {
  console.error('usage: extract-contacts.mjs SEED_000.txt > data/contacts.json');
  process.exit(2);
}
const seedText = readFileSync(seedPath, 'utf8');

// Table name (ja, as printed) -> [ISO 3166-1 alpha-2, English name, row language].
const ROWS = {
  アンギラ: ['AI', 'Anguilla'],
  'アンティグア・バーブーダ': ['AG', 'Antigua and Barbuda'],
  アルゼンチン: ['AR', 'Argentina'],
  アルバ: ['AW', 'Aruba'],
  オーストラリア: ['AU', 'Australia'],
  オーストリア: ['AT', 'Austria'],
  バハマ: ['BS', 'Bahamas'],
  バングラデシュ: ['BD', 'Bangladesh'],
  バルバドス: ['BB', 'Barbados'],
  ベルギー: ['BE', 'Belgium'],
  ベリーズ: ['BZ', 'Belize'],
  バミューダ: ['BM', 'Bermuda'],
  ボリビア: ['BO', 'Bolivia'],
  ボネール島: ['BQ', 'Bonaire'],
  ブラジル: ['BR', 'Brazil'],
  ブルネイ: ['BN', 'Brunei'],
  カンボジア: ['KH', 'Cambodia'],
  カナダ: ['CA', 'Canada'],
  ケイマン諸島: ['KY', 'Cayman Islands'],
  チリ: ['CL', 'Chile'],
  中国: ['CN', 'China'],
  コロンビア: ['CO', 'Colombia'],
  コスタリカ: ['CR', 'Costa Rica'],
  キュラソー島: ['CW', 'Curaçao'],
  デンマーク: ['DK', 'Denmark'],
  ドミニカ国: ['DM', 'Dominica'],
  ドミニカ共和国: ['DO', 'Dominican Republic'],
  エクアドル: ['EC', 'Ecuador'],
  エルサルバドル: ['SV', 'El Salvador'],
  フィジー: ['FJ', 'Fiji'],
  フィンランド: ['FI', 'Finland'],
  フランス: ['FR', 'France'],
  フランス領ガイアナ: ['GF', 'French Guiana'],
  ドイツ: ['DE', 'Germany'],
  グレナダ: ['GD', 'Grenada'],
  グアドループ: ['GP', 'Guadeloupe'],
  グアム: ['GU', 'Guam'],
  グアテマラ: ['GT', 'Guatemala'],
  ハイチ: ['HT', 'Haiti'],
  ホンジュラス: ['HN', 'Honduras'],
  香港: ['HK', 'Hong Kong'],
  インド: ['IN', 'India'],
  インドネシア: ['ID', 'Indonesia'],
  アイルランド: ['IE', 'Ireland'],
  イスラエル: ['IL', 'Israel'],
  イタリア: ['IT', 'Italy'],
  ジャマイカ: ['JM', 'Jamaica'],
  日本: ['JP', 'Japan'],
  韓国: ['KR', 'Korea'],
  マカオ: ['MO', 'Macao'],
  マレーシア: ['MY', 'Malaysia'],
  モルディブ: ['MV', 'Maldives'],
  マルティニク島: ['MQ', 'Martinique'],
  メキシコ: ['MX', 'Mexico'],
  モントセラト: ['MS', 'Montserrat'],
  モロッコ: ['MA', 'Morocco'],
  ミャンマー: ['MM', 'Myanmar'],
  ネパール: ['NP', 'Nepal'],
  オランダ: ['NL', 'Netherlands'],
  オランダ領アンティル: ['AN', 'Netherlands Antilles'],
  ニューカレドニア: ['NC', 'New Caledonia'],
  ニュージーランド: ['NZ', 'New Zealand'],
  ニカラグア: ['NI', 'Nicaragua'],
  ノルウェー: ['NO', 'Norway'],
  パナマ: ['PA', 'Panama'],
  パプアニューギニア: ['PG', 'Papua New Guinea'],
  パラグアイ: ['PY', 'Paraguay'],
  ペルー: ['PE', 'Peru'],
  フィリピン: ['PH', 'Philippines'],
  ポーランド: ['PL', 'Poland'],
  ポルトガル: ['PT', 'Portugal'],
  プエルトリコ: ['PR', 'Puerto Rico'],
  ロシア: ['RU', 'Russia'],
  'セントクリストファー・ネイビス': ['KN', 'Saint Kitts and Nevis'],
  'セントビンセント・グレナディーン': ['VC', 'Saint Vincent and the Grenadines'],
  サンタルチア: ['LC', 'Saint Lucia'],
  シンガポール: ['SG', 'Singapore'],
  ソロモン諸島: ['SB', 'Solomon Islands'],
  南アフリカ: ['ZA', 'South Africa'],
  '南ジョージア・サンドイッチ諸島': ['GS', 'South Georgia and the South Sandwich Islands'],
  スペイン: ['ES', 'Spain'],
  スリランカ: ['LK', 'Sri Lanka'],
  サンバルテルミー: ['BL', 'Saint Barthélemy'],
  セントマールテン: ['SX', 'Sint Maarten'],
  スリナム: ['SR', 'Suriname'],
  スウェーデン: ['SE', 'Sweden'],
  'スイス (フランス語)': ['CH', 'Switzerland (French)', 'fr'],
  'スイス (ドイツ語)': ['CH', 'Switzerland (German)', 'de'],
  台湾: ['TW', 'Taiwan'],
  タイ: ['TH', 'Thailand'],
  'トリニダード・トバゴ': ['TT', 'Trinidad and Tobago'],
  'タークス・カイコス諸島': ['TC', 'Turks and Caicos Islands'],
  'ユニット。アラブ首長国連邦': ['AE', 'United Arab Emirates'],
  英国: ['GB', 'United Kingdom'],
  アメリカ合衆国: ['US', 'United States'],
  ウルグアイ: ['UY', 'Uruguay'],
  バヌアツ: ['VU', 'Vanuatu'],
  ベネズエラ: ['VE', 'Venezuela'],
  ベトナム: ['VN', 'Vietnam'],
  英領バージン諸島: ['VG', 'British Virgin Islands'],
  米領バージン諸島: ['VI', 'U.S. Virgin Islands'],
};

const LANGUAGE_NAMES = { 英語: 'en', スペイン語: 'es', ポルトガル語: 'pt' };
const WEEKDAYS = [1, 2, 3, 4, 5];

// Where the seed names no zone, the desk's zone is read from the number it lists: (91) (80) is an
// Indian number (+91 80, Bengaluru), so those desks are read as India time.
const ZONE_WITHOUT_NAME = {
  CN: 'Asia/Shanghai',
  HK: 'Asia/Hong_Kong',
  BD: 'Asia/Kolkata',
  IN: 'Asia/Kolkata',
  MV: 'Asia/Kolkata',
  MM: 'Asia/Kolkata',
  NP: 'Asia/Kolkata',
  LK: 'Asia/Kolkata',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  MO: 'Asia/Macau',
  TH: 'Asia/Bangkok',
};

const ZONE_LABEL = {
  'America/Bogota': { ja: 'コロンビア時間 (America/Bogota)', en: 'Colombia time (America/Bogota)' },
  'America/Sao_Paulo': { ja: 'ブラジル時間 BRT (America/Sao_Paulo)', en: 'Brasília time, BRT (America/Sao_Paulo)' },
  'America/Los_Angeles': {
    ja: '太平洋時間 (America/Los_Angeles、夏時間を含む)',
    en: 'Pacific time (America/Los_Angeles, following daylight saving)',
  },
  UTC: { ja: 'GMT (UTC+0 として通年)', en: 'GMT (read as UTC+0 all year)' },
  'UTC+10:00': { ja: 'GMT+10 (UTC+10:00 固定)', en: 'GMT+10 (fixed UTC+10:00)' },
  'UTC+12:00': { ja: 'GMT+12 (UTC+12:00 固定)', en: 'GMT+12 (fixed UTC+12:00)' },
  'Asia/Singapore': { ja: 'シンガポール時間 (Asia/Singapore)', en: 'Singapore time (Asia/Singapore)' },
};

function cells(line) {
  const parts = line.split('|').map((c) => c.trim());
  // Some rows omit the closing pipe; drop the empty edges either way.
  if (parts[0] === '') parts.shift();
  if (parts[parts.length - 1] === '') parts.pop();
  while (parts.length < 5) parts.push('');
  return parts;
}

function parsePhones(text, iso2) {
  if (iso2 === 'TW') {
    return [
      { number: '0800 008833#2#6', language: null },
      { number: '+886-2-2999-8833', language: null },
    ];
  }
  return text.split('<br/>').flatMap((part) => {
    const m = part.trim().match(/^(英語|スペイン語|ポルトガル語)\s*[:：]?\s*(.+)$/);
    const language = m ? LANGUAGE_NAMES[m[1]] : null;
    const numbers = (m ? m[2] : part).split(/\s+or\s+/);
    return numbers.map((n) => ({ number: n.trim(), language }));
  });
}

function parseLink(text) {
  const m = text.match(/\]\(([^)]+)\)/);
  if (!m) return { email: null, requestUrl: null };
  const target = m[1].replace(/&amp;/g, '&').trim();
  if (target.startsWith('mailto:')) return { email: target.slice('mailto:'.length), requestUrl: null };
  return { email: null, requestUrl: target };
}

const US_NUMBERS_NOTE_EN = 'These are US numbers: your phone company may charge long-distance or international rates.';
const TAIWAN_NOTE = {
  ja: '0800 008833 の後、ローカルのフリーダイヤル番号の＃2と＃6を押します。+886-2-2999-8833 も＃2と＃6 (フリーダイヤル番号)。',
  en: 'After dialling 0800 008833, press #2 and then #6 (local toll-free number). +886-2-2999-8833 also uses #2 and #6 (toll-free number).',
};

function parseNotes(text, iso2) {
  if (iso2 === 'TW') return TAIWAN_NOTE;
  const ja = text.trim();
  if (!ja) return null;
  if (ja.includes('米国の')) return { ja, en: US_NUMBERS_NOTE_EN };
  throw new Error(`untranslated note for ${iso2}: ${ja}`);
}

function clock(h, m = '00') {
  return `${String(h).padStart(2, '0')}:${m}`;
}

function interpretation(zone, daysAssumed, extra) {
  const label = ZONE_LABEL[zone] ?? { ja: zone, en: zone };
  const ja = [`時間帯: ${label.ja}。`];
  const en = [`Time zone: ${label.en}.`];
  if (extra) {
    ja.push(extra.ja);
    en.push(extra.en);
  }
  if (daysAssumed) {
    ja.push('曜日の記載がないため、月曜日～金曜日と読みました。');
    en.push('The seed gives no days; read as Monday to Friday.');
  }
  return { ja: ja.join(' '), en: en.join(' ') };
}

function parseHours(raw, iso2) {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) {
    return {
      hours: [],
      hoursInterpretation: {
        ja: 'この行には受付時間の記載がありません。',
        en: 'The seed lists no hours for this row.',
      },
    };
  }
  if (text.startsWith('英語: 7am')) {
    const zoneText = {
      ja: 'ポルトガル語の窓口はブラジル時間 (BRT) です。',
      en: 'The Portuguese desk keeps Brasília time (BRT).',
    };
    return {
      hours: [
        { language: 'en', days: WEEKDAYS, open: '07:00', close: '19:00', timeZone: 'America/Bogota' },
        { language: 'es', days: WEEKDAYS, open: '07:00', close: '19:00', timeZone: 'America/Bogota' },
        { language: 'pt', days: WEEKDAYS, open: '09:00', close: '18:00', timeZone: 'America/Sao_Paulo' },
      ],
      hoursInterpretation: interpretation('America/Bogota', false, zoneText),
    };
  }
  if (text.includes('(GMT)')) {
    return {
      hours: [{ language: null, days: WEEKDAYS, open: '09:00', close: '17:00', timeZone: 'UTC' }],
      hoursInterpretation: interpretation('UTC', false),
    };
  }
  if (text.includes('ニュージーランド、GMT+12')) {
    // One cell holds two sets of hours run together: Australia (GMT+10) and New Zealand (GMT+12).
    // New Zealand's row takes the New Zealand hours; every other row with this cell lists an
    // Australian number and takes the Australian hours.
    const nz = iso2 === 'NZ';
    const zone = nz ? 'UTC+12:00' : 'UTC+10:00';
    const extra = {
      ja:
        'この欄にはオーストラリア (GMT+10) とニュージーランド (GMT+12) の時間が続けて書かれています。' +
        (nz
          ? 'ニュージーランドの時間を採りました。'
          : 'オーストラリアの番号を載せた行なので、オーストラリアの時間を採りました。'),
      en:
        'The cell runs Australian (GMT+10) and New Zealand (GMT+12) hours together; ' +
        (nz
          ? 'this row takes the New Zealand hours.'
          : 'this row lists an Australian number and takes the Australian hours.'),
    };
    return {
      hours: [{ language: null, days: WEEKDAYS, open: nz ? '09:00' : '08:30', close: '17:30', timeZone: zone }],
      hoursInterpretation: interpretation(zone, true, extra),
    };
  }
  if (text.includes('太平洋標準時')) {
    return {
      hours: [{ language: null, days: WEEKDAYS, open: '04:30', close: '17:00', timeZone: 'America/Los_Angeles' }],
      hoursInterpretation: interpretation('America/Los_Angeles', false),
    };
  }
  const m = text.match(/(\d{1,2}):(\d{2}) (?:～|to) (\d{1,2}):(\d{2})/);
  if (!m) throw new Error(`unreadable hours for ${iso2}: ${text}`);
  const singapore = text.includes('シンガポール時間');
  const zone = singapore ? 'Asia/Singapore' : ZONE_WITHOUT_NAME[iso2];
  if (!zone) throw new Error(`no zone for ${iso2}`);
  const daysStated = text.includes('月曜日');
  const extra = singapore
    ? null
    : {
        ja: '時間帯の記載がないため、窓口の番号の地域の時間と読みました。',
        en: 'The seed names no time zone; read as the local time of the desk the number reaches.',
      };
  return {
    hours: [{ language: null, days: WEEKDAYS, open: clock(m[1], m[2]), close: clock(m[3], m[4]), timeZone: zone }],
    hoursInterpretation: interpretation(zone, !daysStated, extra),
  };
}

const tableLines = seedText.split('\n').filter((l) => /^\s*\|/.test(l));
const rows = tableLines.slice(2).map((line) => {
  const [nameJa, phonesText, linkText, notesText, hoursText] = cells(line);
  const entry = ROWS[nameJa];
  if (!entry) throw new Error(`unknown row name: ${nameJa}`);
  const [iso2, nameEn, language = null] = entry;
  return {
    id: language ? `${iso2}-${language}` : iso2,
    iso2,
    language,
    name: { ja: nameJa, en: nameEn },
    phones: parsePhones(phonesText, iso2),
    ...parseLink(linkText),
    notes: parseNotes(notesText, iso2),
    ...parseHours(hoursText, iso2),
    hoursSource: hoursText
      .replace(/<br\/>/g, ' / ')
      .replace(/\s+/g, ' ')
      .trim(),
  };
});

const order = [
  'id',
  'iso2',
  'language',
  'name',
  'phones',
  'email',
  'requestUrl',
  'notes',
  'hours',
  'hoursSource',
  'hoursInterpretation',
];
const sorted = rows.map((r) => Object.fromEntries(order.map((k) => [k, r[k]])));
process.stdout.write(
  JSON.stringify(
    { source: 'seed 000: MOC 地域の連絡先情報 (Microsoft トレーニングおよび資格のヘルプ)', rows: sorted },
    null,
    2,
  ) + '\n',
);
