/**
 * Readers' routes to the editors (src/lib/outputs/feedback.ts): with the repository's address set, every
 * invitation links to its issue form; without it, the invitation says plainly how else to reach the
 * editors, in both languages, and never links to a page that cannot help.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/errors';
import { feedbackRoutes, issueForms, missingFeedbackNotice, sourceInvitation } from '../../src/lib/outputs/feedback';
import { useTranslations } from '../../src/lib/language/i18n';
import { languages } from '../../src/lib/language/locale';
import { Site } from '../../src/lib/content/schema/site';
import { site as siteContent } from '../../src/lib/content/data';
import { existsSync } from 'node:fs';
import { root } from '../support/plan-text';

/** The site's required identity from content, with the feedback settings under test. */
const { name, subtitle, description, tagAuthority, citationKeyPrefix, deployName } = siteContent;
const identity = { name, subtitle, description, tagAuthority, citationKeyPrefix, deployName };
const site = (fields: Record<string, unknown>) => Site.parse({ ...identity, ...fields });
const repository = 'https://github.com/example-editors/wuhan-report';

describe('routes to the editors', () => {
  it('link both issue forms from the repository address, which must be a repository', () => {
    expect(feedbackRoutes(site({ repository }))).toEqual({
      figureSource: `${repository}/issues/new?template=figure-source.yml`,
      mistake: `${repository}/issues/new?template=site-mistake.yml`,
    });
    expect(feedbackRoutes(site({ repository: `${repository}/` })).mistake).toBe(
      `${repository}/issues/new?template=site-mistake.yml`,
    );
    // The forms the links name exist.
    for (const form of Object.values(issueForms))
      expect(existsSync(`${root}.github/ISSUE_TEMPLATE/${form}`), form).toBe(true);
    for (const wrong of [
      'http://github.com/a/b',
      'https://github.com/a',
      'https://github.com/a/b/issues',
      'javascript:alert(1)',
    ]) {
      const { problems } = checkContent(Site, { ...identity, repository: wrong }, 'content/site.json');
      expect([...new Set(problems.map((problem) => problem.where))], wrong).toEqual(['repository']);
    }
  });

  it('keep a web form set in figureSourceForm for sources', () => {
    const form = 'https://forms.example.gov.cn/figures';
    expect(feedbackRoutes(site({ figureSourceForm: form, repository }))).toEqual({
      figureSource: form,
      mistake: `${repository}/issues/new?template=site-mistake.yml`,
    });
    expect(feedbackRoutes(site({ figureSourceForm: form }))).toEqual({ figureSource: form });
  });

  it('are absent without an address, and the build says so once', () => {
    expect(feedbackRoutes(site({}))).toEqual({});
    expect(missingFeedbackNotice(site({}))).toMatch(
      /repository is empty.*a source for a figure or a mistake on the site.*no channel/,
    );
    expect(missingFeedbackNotice(site({ repository }))).toBeUndefined();
    expect(missingFeedbackNotice(site({ contact: { zh: '来信地址', en: 'Write to us' } }))).toContain('"contact"');
  });

  for (const lang of languages) {
    const t = useTranslations(lang);
    it(`invite readers in ${lang} to the form when there is one`, () => {
      for (const full of [false, true]) {
        const invitation = sourceInvitation(site({ repository }), lang, t, full);
        expect(invitation.link?.href).toBe(`${repository}/issues/new?template=figure-source.yml`);
        expect(invitation.link?.label).toBe(t(full ? 'reporting.inviteAddress' : 'reporting.invite'));
      }
    });

    it(`say plainly in ${lang} that there is no channel, or how else to reach the editors, with no form`, () => {
      for (const full of [false, true]) {
        const none = sourceInvitation(site({}), lang, t, full);
        expect(none.link).toBeUndefined();
        expect(none.text).toContain(t('reporting.noChannel'));
        expect(none.text).toContain(t('reporting.sourceQuestion'));
        const contact = sourceInvitation(
          site({ contact: { zh: '请致函市政府办公厅', en: 'Write to the General Office' } }),
          lang,
          t,
          full,
        );
        expect(contact.link).toBeUndefined();
        expect(contact.text).toContain(lang === 'zh' ? '请致函市政府办公厅' : 'Write to the General Office');
        expect(contact.text).not.toContain(t('reporting.noChannel'));
      }
    });
  }
});
