/**
 * The built site's invitations to point to a source (UX review H6): as content/site.json stands, every
 * invitation, in both languages, either links to a form (the repository's address is set) or says
 * plainly on the page how else to reach the editors; none links to a page that cannot help. The other
 * state is covered by tests/unit/feedback.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { metrics, site } from '../../src/lib/content/data';
import { feedbackRoutes, missingFeedbackNotice } from '../../src/lib/outputs/feedback';
import { useTranslations } from '../../src/lib/language/i18n';
import { parsePath } from '../../src/lib/language/locale';
import { builtPages } from '../support/pages';
import { mainBuildOutput } from '../support/build-wait';

const distDir = inject('distDir');
const buildOutput = mainBuildOutput();
const routes = feedbackRoutes(site);

describe('invitations to point to a source', () => {
  it('lead somewhere on every page that has one, in both languages', () => {
    let seen = 0;
    for (const path of builtPages(distDir)) {
      const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
      const invitation = /<p class="source-invitation"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
      if (invitation === undefined) continue;
      seen += 1;
      const t = useTranslations(parsePath(path).lang);
      expect(invitation, path).not.toContain('/missing/#how-to-help');
      if (routes.figureSource)
        expect(invitation, path).toContain(`href="${routes.figureSource.replaceAll('&', '&amp;')}"`);
      else {
        expect(invitation, path).not.toContain('<a ');
        expect(invitation, path).toContain(
          site.contact ? site.contact[parsePath(path).lang] : t('reporting.noChannel'),
        );
      }
      if (routes.mistake) expect(html, path).toContain(routes.mistake);
    }
    // Every target's page in both languages, and the missing-figures page in both.
    expect(seen).toBe(2 * (metrics.length + 1));
  });

  it('without a form, are announced once by the build', () => {
    const notice = missingFeedbackNotice(site);
    expect(buildOutput.split(notice ?? 'readers have no form').length - 1).toBe(notice ? 1 : 0);
  });
});
