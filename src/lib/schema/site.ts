/** Site-wide settings: who publishes the site and its filing numbers, each hidden when empty. */
import { z } from 'zod';
import { Id, MAX, text, WebUrl } from './shared';

const Optional = text(MAX.id).default('');

export const Site = z.strictObject({
  $comment: text(MAX.note).optional(),
  /** A registry body id: the publisher's name then comes from the registry in both languages. */
  publisher: Id,
  /** 网站标识码 (government website identifier). */
  siteCode: Optional,
  /** ICP 备案号. */
  icp: Optional,
  /** 公安机关备案号. */
  publicSecurity: Optional,
  /** The number inside the public-security filing, used for its record link. */
  publicSecurityRecordCode: Optional,
  /**
   * Where a reader can point to a public source for a missing figure: the repository's issue form
   * or a web form (never mailto:). Empty: pages explain how figures are added instead.
   */
  figureSourceForm: z.union([z.literal(''), WebUrl]).default(''),
});
export type Site = z.infer<typeof Site>;
