/**
 * The issue forms (.github/ISSUE_TEMPLATE/): the figure form lists exactly the targets of
 * content/metrics.json (regenerate with `npm run issue-forms` when they change), and both forms are
 * well-formed: unique field ids and labels, a choice for every dropdown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { figureFormPath, figureFormYaml, metricOption, proposalFields } from '../../scripts/lib/proposal-form';
import { issueForms } from '../../src/lib/outputs/feedback';
import { MetricsFile } from '../../src/lib/content/schema/metrics';
import { root } from '../support/plan-text';

const metrics = MetricsFile.parse(JSON.parse(readFileSync(`${root}content/metrics.json`, 'utf8'))).metrics;
const formText = (name: string) => readFileSync(`${root}.github/ISSUE_TEMPLATE/${name}`, 'utf8');

interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; options?: string[] };
}

describe('issue forms', () => {
  it('list the targets of content/metrics.json, as npm run issue-forms writes them', () => {
    expect(
      readFileSync(`${root}${figureFormPath}`, 'utf8'),
      'the figure form is out of date with content/metrics.json: run npm run issue-forms',
    ).toBe(figureFormYaml(metrics));
    const dropdown = (parse(figureFormYaml(metrics)) as { body: FormField[] }).body.find(
      (field) => field.id === 'metric',
    )!;
    expect(dropdown.attributes.options).toEqual(metrics.map(metricOption));
    // A change to the targets changes the form: the comparison above is what fails when metrics.json changes.
    const renamed = metrics.map((metric, index) =>
      index ? metric : { ...metric, name: { ...metric.name, en: `${metric.name.en} (renamed)` } },
    );
    expect(figureFormYaml(renamed)).not.toBe(figureFormYaml(metrics));
    expect(figureFormYaml(metrics.slice(1))).not.toBe(figureFormYaml(metrics));
  });

  it('are well-formed, with the fields the conversion reads', () => {
    for (const name of Object.values(issueForms)) {
      const form = parse(formText(name)) as { name: string; description: string; body: FormField[] };
      expect(form.name, name).toBeTruthy();
      expect(form.description, name).toBeTruthy();
      const fields = form.body.filter((field) => field.type !== 'markdown');
      const ids = fields.map((field) => field.id);
      const labels = fields.map((field) => field.attributes.label);
      expect(new Set(ids).size, name).toBe(ids.length);
      expect(new Set(labels).size, name).toBe(labels.length);
      for (const field of fields.filter((candidate) => candidate.type === 'dropdown'))
        expect(field.attributes.options?.length, `${name} ${field.id}`).toBeGreaterThan(0);
    }
    const figure = parse(formText(issueForms.figureSource)) as { body: FormField[] };
    expect(
      figure.body.filter((field) => field.type !== 'markdown').map((field) => [field.id, field.attributes.label]),
    ).toEqual(Object.entries(proposalFields).map(([id, field]) => [id, field.label]));
    expect(parse(formText('config.yml'))).toHaveProperty('blank_issues_enabled');
  });
});
