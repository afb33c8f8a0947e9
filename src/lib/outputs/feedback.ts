/**
 * Where readers reach the editors: the repository's issue forms (a source for a figure, a mistake on
 * the site), built from the repository's address in content/site.json, or a web form set there. With
 * neither, the site says so plainly instead of linking to a page that cannot help.
 */
import type { TFunction } from 'i18next';
import type { Lang } from '../language/locale';
import type { Site } from '../content/schema/site';

/** The issue forms in .github/ISSUE_TEMPLATE/, by what a reader wants to send. */
export const issueForms = {
  figureSource: 'figure-source.yml',
  mistake: 'site-mistake.yml',
} as const;

export interface FeedbackRoutes {
  /** Where to point to a public source for a figure. */
  figureSource?: string;
  /** Where to report a mistake on the site. */
  mistake?: string;
}

/** The address that opens a new issue with one of the repository's forms. */
export function issueFormUrl(repository: string, form: string): string {
  return `${repository.replace(/\/+$/, '')}/issues/new?template=${encodeURIComponent(form)}`;
}

/** The routes the site can offer readers: a web form set in site.json wins over the repository's own. */
export function feedbackRoutes(site: Pick<Site, 'repository' | 'figureSourceForm'>): FeedbackRoutes {
  const figureSource =
    site.figureSourceForm || (site.repository ? issueFormUrl(site.repository, issueForms.figureSource) : '');
  const mistake = site.repository ? issueFormUrl(site.repository, issueForms.mistake) : '';
  return { ...(figureSource ? { figureSource } : {}), ...(mistake ? { mistake } : {}) };
}

/** The one notice a build prints when readers have no route to the editors; undefined when they have one. */
export function missingFeedbackNotice(
  site: Pick<Site, 'repository' | 'figureSourceForm' | 'contact'>,
): string | undefined {
  const routes = feedbackRoutes(site);
  if (routes.figureSource && routes.mistake) return undefined;
  const missing = routes.figureSource
    ? 'a mistake on the site'
    : routes.mistake
      ? 'a source for a figure'
      : 'a source for a figure or a mistake on the site';
  const instead = site.contact ? 'the contact text set in "contact"' : 'a sentence saying there is no channel yet';
  return (
    `content/site.json › repository is empty, so readers have no form to send ${missing}: the pages show ${instead}. ` +
    'Set "repository" to the repository\'s address (https://github.com/owner/name) to link its issue forms.'
  );
}

/** What an invitation to point to a source says: text before, then a link to a form, or text only. */
export interface Invitation {
  text: string;
  link?: { href: string; label: string };
}

/**
 * The invitation in one language. `full` (the missing-figures page) also says what to send. Without
 * a form it says how else to reach the editors (site.json's contact) or that there is no channel yet:
 * never a link to a page that cannot help.
 */
export function sourceInvitation(
  site: Pick<Site, 'repository' | 'figureSourceForm' | 'contact'>,
  lang: Lang,
  t: TFunction,
  full = false,
): Invitation {
  const { figureSource } = feedbackRoutes(site);
  const between = lang === 'zh' ? '' : ' ';
  if (figureSource)
    return {
      text: full ? `${t('reporting.inviteText')}${between}` : '',
      link: { href: figureSource, label: full ? t('reporting.inviteAddress') : t('reporting.invite') },
    };
  return {
    text: `${t('reporting.sourceQuestion')}${between}${site.contact ? site.contact[lang] : t('reporting.noChannel')}`,
  };
}
