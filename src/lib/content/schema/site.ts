/** Site-wide settings: who publishes the site and its filing numbers, each hidden when empty. */
import { z } from 'zod';
import { licenceRules } from './rules/licence';
import { Id, Localized, localized, MAX, text, WebUrl } from './shared';

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
  /** The site's name, in the header, page titles, feeds, citations and chart credits. */
  name: localized(MAX.name).describe("The site's name, in the header, page titles, feeds and citations"),
  /** A line under the name in the header, and after it in the home page's title. */
  subtitle: localized(MAX.title).describe("A line under the site's name: what the site reports on"),
  /** What the site is, for search engines and link previews: the plan, its document number, what it sets. */
  description: Localized.describe('What the site is, for search engines and link previews'),
  /**
   * The tag URI authority of every feed entry id (RFC 4151: a domain or e-mail the site's makers
   * control, and a date they controlled it). Set once: a changed value makes every entry new to
   * every feed reader.
   */
  tagAuthority: z
    .string()
    .regex(/^tag:[a-z0-9.@-]+,\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected a tag URI authority such as "tag:example.org,2028"')
    .describe('The tag URI authority of the feed entry ids, e.g. "tag:example.org,2028"; never change it once published'),
  /** The start of every citation key (`<prefix>-en-task-05`): set once, as readers' bibliographies keep the keys. */
  citationKeyPrefix: Id.describe('The start of every citation key, e.g. "riverton-report"; never change it once published'),
  /**
   * Abbreviations the English pages use, spelled out once in the footer and above the source text
   * ("CPC: Communist Party of China."); English only, since Chinese readers read the full names. Empty: none shown.
   */
  abbreviations: text(MAX.note).default('').describe('Abbreviations the English pages use, spelled out in the footer, e.g. "CPC: Communist Party of China."'),
  /** The site's folder and configuration name on the server: /srv/<name>/dist, conf.d/<name>.conf. */
  deployName: Id.describe("The site's folder and configuration name on the server: /srv/<name>/dist"),
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
