/**
 * The licence, stated once in content/site.json and carried by every page
 * footer, data file and chart. Pure: the site's address is passed in.
 */
import type { Lang } from '../language/locale';
import type { Licence } from '../content/schema/site';

export interface CreditInput {
  lang: Lang;
  licence: Licence;
  /** The site's name in the language. */
  siteName: string;
  /** The site's absolute address, when the build knows it (SITE_URL). */
  siteUrl?: string;
}

/** The licence sentence for the footer and the downloads page, in parts: the licence's name between them is its link. */
export function licenceStatement(lang: Lang, licence: Licence): { before: string; name: string; after: string } {
  return lang === 'zh'
    ? { before: '本站的文字、数据和图表采用', name: `${licence.title.zh}（${licence.name}）`, after: '授权。' }
    : {
        before: 'The text, data and charts of this site are licensed under ',
        name: `${licence.title.en} (${licence.name})`,
        after: '.',
      };
}

/** Why the plan's own text is not under the licence. */
export function governmentTextNotice(lang: Lang, document: string): string {
  return lang === 'zh'
    ? `方案原文（${document}）为政府公文，照原样刊登，不适用上述许可协议。`
    : `The plan's own text (${document}) is a government document, reproduced as published; it is not under this licence.`;
}

/**
 * The credit line every chart carries, as Our World in Data's charts do:
 * where the figures come from, the site, its address and the licence.
 */
export function chartCredit({ lang, licence, siteName, siteUrl }: CreditInput): string {
  const site = siteUrl ? `${siteName} ${siteUrl.replace(/\/$/, '')}` : siteName;
  return lang === 'zh'
    ? `来源：${site}，各数字来源见网站 · ${licence.name}`
    : `Source: ${site}; each figure's source is named on the site · ${licence.name}`;
}

/** The licence fields every data file carries: the same words in both languages, and the link. */
export function licenceFields(
  licence: Licence,
  siteUrl?: string,
): { licence: string; licence_url: string; site?: string } {
  return {
    licence: `${licence.name} (${licence.spdx})`,
    licence_url: licence.url,
    ...(siteUrl ? { site: siteUrl } : {}),
  };
}
