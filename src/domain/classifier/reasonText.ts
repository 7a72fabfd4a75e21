import type { Locale } from '../types';
import type { Reason, ReasonCode } from './types';

/** How each reason reads in each language; the evidence (the user's words) is quoted after it. */
export const REASON_TEXT: Readonly<Record<Locale, Readonly<Record<ReasonCode, string>>>> = {
  en: {
    'service-down': 'a service cannot be used',
    'many-affected': 'several users affected',
    'some-affected': 'some users affected',
    'one-affected': 'one user affected',
    'business-impact': 'serious impact on the business',
    'security-incident': 'security incident',
    'data-loss': 'data lost or deleted',
    'incident-beside-question': 'harm still going on, told beside the question',
    'partial-impairment': 'usable but partly impaired',
    delay: 'delayed but still working',
    'minor-impact': 'little business impact',
    workaround: 'there is a workaround',
    'no-workaround': 'no workaround',
    'how-to': 'how-to question',
    cosmetic: 'cosmetic issue',
    'feature-request': 'feature request',
    'urgency-ignored': 'urgency noted, but it does not change the severity',
    'similar-reports': 'worded like other reports of this severity',
    'route-technical': 'Microsoft 365 service question',
    'route-billing': 'billing or subscription question',
    'route-presales': 'plans, prices or buying question',
    'route-courseware': 'Microsoft Official Courseware (MOC) question',
    'route-certification': 'exam or certification question',
    'route-network': 'your own network (proxy, firewall, DNS, lines)',
    'route-thirdparty': 'a non-Microsoft add-in, app or device',
    'route-scripting': 'script or macro authoring',
    'route-developer': 'app or API development',
  },
  ja: {
    'service-down': 'サービスが利用できない',
    'many-affected': '複数のユーザーに影響',
    'some-affected': '一部のユーザーに影響',
    'one-affected': '個別のユーザーのみに影響',
    'business-impact': '業務への重大な影響',
    'security-incident': 'セキュリティ インシデント',
    'data-loss': 'データの消失・削除',
    'incident-beside-question': 'ご質問と一緒に書かれた、今も続いている被害',
    'partial-impairment': '使用できるが一部に不具合',
    delay: '遅延しているが利用は可能',
    'minor-impact': '業務への影響は軽微',
    workaround: '別の方法が使用できる',
    'no-workaround': '別の方法がない',
    'how-to': '使い方・設定方法の質問',
    cosmetic: '表示上の問題',
    'feature-request': '機能の要望',
    'urgency-ignored': '緊急の旨は承知しましたが、重大度は影響の内容で判断します',
    'similar-reports': '同じ重大度の報告によくある表現',
    'route-technical': 'Microsoft 365 のサービスに関するご質問',
    'route-billing': '請求・サブスクリプションに関するご質問',
    'route-presales': 'プラン・価格・購入に関するご質問',
    'route-courseware': 'Microsoft 公式コースウェア (MOC) に関するご質問',
    'route-certification': '試験・認定資格に関するご質問',
    'route-network': 'お客様のネットワーク（プロキシ、ファイアウォール、DNS、回線）',
    'route-thirdparty': 'Microsoft 以外のアドイン・アプリ・デバイス',
    'route-scripting': 'スクリプト・マクロの作成',
    'route-developer': 'アプリ・API の開発',
  },
};

/** e.g. en `several users affected ("all 350 of our staff")`, ja `複数のユーザーに影響（「全社」）`. */
export function reasonToText(reason: Reason, locale: Locale): string {
  const evidence = reason.evidence.trim();
  return labelWithQuotes(REASON_TEXT[locale][reason.code], evidence ? [evidence] : [], locale);
}

/**
 * Every reason as text, in order, with the quotes of reasons of the same kind gathered under one label: `worded like
 * other reports of this severity ("whole intranet", "503")`, not the label once per quote.
 */
export function reasonsToText(reasons: readonly Reason[], locale: Locale): string[] {
  const quotesByCode = new Map<ReasonCode, string[]>();
  for (const reason of reasons) {
    const quotes = quotesByCode.get(reason.code) ?? [];
    const evidence = reason.evidence.trim();
    if (evidence && !quotes.includes(evidence)) quotes.push(evidence);
    quotesByCode.set(reason.code, quotes);
  }
  return [...quotesByCode].map(([code, quotes]) => labelWithQuotes(REASON_TEXT[locale][code], quotes, locale));
}

function labelWithQuotes(label: string, quotes: readonly string[], locale: Locale): string {
  if (quotes.length === 0) return label;
  return locale === 'ja'
    ? `${label}（${quotes.map((q) => `「${q}」`).join('')}）`
    : `${label} (${quotes.map((q) => `"${q}"`).join(', ')})`;
}
