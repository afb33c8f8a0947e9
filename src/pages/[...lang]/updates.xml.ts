/** The Atom feed of what changed, one per language: /updates.xml and /en/updates.xml. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../../lib/outputs/feed/atom';
import { metricsFile, names, site } from '../../lib/content/data';
import { langParams, languageTag, localizedFile, localizedPath } from '../../lib/language/locale';
import { absoluteUrl } from '../../lib/build/site-address';
import { feedId, historyNotice, siteUpdates } from '../../lib/outputs/feed/updates';

export const getStaticPaths = langParams;

export const GET: APIRoute = async ({ locals, site: siteUrl }) => {
  const { lang, t } = locals;
  const absolute = (href: string) => absoluteUrl(href, siteUrl);
  const updates = siteUpdates(lang, await getCollection('tasks'));
  const gap = historyNotice(lang);
  const xml = atomFeed({
    id: feedId(lang),
    title: t('find.updates.feedTitle', { site: site.name[lang] }),
    // The feed's own description says what it lacks; an entry, dated where the known history starts, says it too.
    subtitle: gap
      ? t('find.updates.feedSubtitleWithGap', { lead: t('find.updates.lead'), gap: gap.summary })
      : t('find.updates.lead'),
    language: languageTag[lang],
    self: absolute(localizedFile(lang, '/updates.xml')),
    alternate: absolute(localizedPath(lang, '/updates/')),
    author: site.operator ? names.body(site.operator)[lang] : site.name[lang],
    fallbackUpdated: metricsFile.asOf,
    entries: updates.map((update) => ({
      id: update.id,
      title: update.title,
      updated: update.date,
      link: absolute(update.path),
      summary: update.summary,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
