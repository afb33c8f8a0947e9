/** Site-wide settings: who publishes the site and its filing numbers, each hidden when empty. */
import { z } from 'zod';
import { licenceRules } from './rules/licence';
import { Id, Localized, MAX, text, WebUrl } from './shared';

/** A repository's web address: a host, an owner and a name, nothing after. */
const REPOSITORY = /^https:\/\/[^/]+\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/?$/;

const Optional = text(MAX.id).default('');

/**
 * The licence of the site's own text, data and charts. The plan's text is a
 * government document: it is shown as published and is not under this licence.
 */
export const Licence = z
  .strictObject({
    /** SPDX identifier, for the data files: `CC-BY-4.0`. */
    spdx: text(MAX.id).min(1, 'expected an SPDX licence id such as "CC-BY-4.0"'),
    /** Short name shown everywhere: `CC BY 4.0`. */
    name: text(MAX.id).min(1),
    /** Full name in both languages. */
    title: z.strictObject({ zh: text(MAX.name).min(1), en: text(MAX.name).min(1) }),
    url: WebUrl,
  })
  .superRefine(licenceRules);
export type Licence = z.infer<typeof Licence>;

const defaultLicence: Licence = {
  spdx: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  title: { zh: '知识共享署名 4.0 国际许可协议', en: 'Creative Commons Attribution 4.0 International' },
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

export const Site = z.strictObject({
  $comment: text(MAX.note).optional(),
  /**
   * Who operates this site, as a registry body id, filled in only once it has been confirmed; empty
   * (the default), the footer says only which document the site is based on, and the feed and the
   * pages' citations are authored by the site itself.
   */
  operator: z.union([z.literal(''), Id]).default(''),
  /** 网站标识码 (government website identifier). */
  siteCode: Optional,
  /** ICP 备案号. */
  icp: Optional,
  /** 公安机关备案号. */
  publicSecurity: Optional,
  /** The number inside the public-security filing, used for its record link. */
  publicSecurityRecordCode: text(MAX.id).regex(/^\d*$/, 'expected the digits of the filing number only, e.g. "42010202000123"').default(''),
  /**
   * Where a reader can point to a public source for a missing figure: the repository's issue form
   * or a web form (never mailto:). Empty: pages explain how figures are added instead.
   */
  figureSourceForm: z.union([z.literal(''), WebUrl]).default(''),
  /**
   * The web address of the project's GitHub repository (https://github.com/owner/name): the site
   * links to its issue forms, one for a source for a figure (unless figureSourceForm is set) and one
   * for a mistake on the site. Empty: the site says plainly how else to reach the editors.
   */
  repository: z
    .union([
      z.literal(''),
      WebUrl.refine((value) => REPOSITORY.test(value), 'expected the repository\'s address such as "https://github.com/owner/name", with nothing after the name'),
    ])
    .default('')
    .describe("The repository's web address, e.g. https://github.com/owner/name; empty when the site has none"),
  /**
   * How else readers can reach the editors, in both languages (a postal address, a telephone
   * line; never mailto:): shown where a form would be, when there is none.
   */
  contact: Localized.optional().describe('How else readers can reach the editors, e.g. a postal address; shown when there is no form'),
  /** The licence of the site's text, data and charts; CC BY 4.0 when absent. */
  licence: Licence.default(defaultLicence),
});
export type Site = z.infer<typeof Site>;
