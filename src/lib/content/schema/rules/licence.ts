/**
 * A Creative Commons licence is named once by its address: the short name,
 * the SPDX id and the English title must be the licence the link leads to
 * (a site that says CC BY and links to CC BY-NC grants two things at once).
 */
import type { z } from 'zod';

const TERMS: Record<string, string> = { by: 'Attribution', sa: 'ShareAlike', nc: 'NonCommercial', nd: 'NoDerivatives' };

/** The licence a creativecommons.org address leads to: `{ code: 'BY-NC', version: '4.0' }`; undefined for other addresses. */
export function creativeCommons(url: string): { code: string; version: string } | undefined {
  const match = /^https:\/\/creativecommons\.org\/(?:licenses\/([a-z-]+)\/(\d\.\d)|publicdomain\/zero\/(1\.0))\/?/i.exec(url);
  if (!match) return undefined;
  return match[3] ? { code: 'CC0', version: match[3] } : { code: match[1]!.toUpperCase(), version: match[2]! };
}

interface LicenceLike {
  spdx: string;
  name: string;
  title: { zh: string; en: string };
  url: string;
}

export function licenceRules(licence: LicenceLike, ctx: z.core.$RefinementCtx): void {
  const cc = creativeCommons(licence.url);
  if (!cc) return;
  const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const squash = (text: string) => text.toUpperCase().replace(/[\s_-]+/g, '');
  const name = cc.code === 'CC0' ? 'CC0 1.0' : `CC ${cc.code} ${cc.version}`;
  const spdx = cc.code === 'CC0' ? 'CC0-1.0' : `CC-${cc.code}-${cc.version}`;
  const leadsTo = `the address leads to ${name}`;
  if (squash(licence.name) !== squash(name)) issue(['name'], `"${licence.name}" is not the licence at ${licence.url}: ${leadsTo}; name it "${name}" or change the address`);
  if (licence.spdx !== spdx) issue(['spdx'], `"${licence.spdx}" is not the licence at ${licence.url}: ${leadsTo}, whose SPDX id is "${spdx}"`);
  if (cc.code !== 'CC0') {
    const title = licence.title.en.replace(/[\s-]/g, '').toLowerCase();
    const parts = cc.code.toLowerCase().split('-');
    for (const [part, word] of Object.entries(TERMS)) {
      if (parts.includes(part) !== title.includes(word.toLowerCase()))
        issue(['title', 'en'], `"${licence.title.en}" ${parts.includes(part) ? 'leaves out' : 'says'} "${word}", but ${leadsTo}`);
    }
  }
}
