/**
 * A reader's proposal, as the issue form wrote it, into the change it asks for: one new observation
 * in content/metrics.json, inserted through the JSON parser (jsonc-parser's edits, which leave every
 * other byte as it was) and checked by the very check `npm run validate -- --strict` runs. Or, when
 * anything is wrong, the reasons, each naming the form's field in the editors' words. The body is
 * untrusted text: it only ever becomes JSON strings, and the markdown written from it for the pull
 * request keeps it inside code spans and fences.
 */
import { applyEdits, modify } from 'jsonc-parser';
import { formatProblem, type ContentProblem } from '../../src/lib/content/errors';
import { jsonFiles, parseJsonContent } from '../../src/lib/content/json-content';
import { MAX } from '../../src/lib/content/schema/shared';
import { checkContentFiles, type ContentFiles } from '../../src/lib/content/validate/index';
import { readIssueBody } from './issue-body';
import {
  boundOptions,
  proposalFields,
  proposalLabels,
  proposalLabelsByField,
  type ProposalField,
} from './proposal-form';

const METRICS = jsonFiles.metrics.file;
/** The longest quote kept for the pull request: a sentence or a short paragraph. */
const MAX_QUOTE = 2000;

/** What an accepted proposal changes, and what the pull request says about it. */
export interface ProposalChange {
  metricId: string;
  observation: Record<string, unknown>;
  /** content/metrics.json after the change. */
  metricsText: string;
  quote: string;
}

export type ProposalResult =
  { change: ProposalChange; problems?: undefined } | { change?: undefined; problems: string[] };

const label = (field: ProposalField) => proposalLabelsByField[field];

/** A number as an editor writes it: digits, an optional sign and decimal point, thousands separated by commas or not at all. */
function readNumber(text: string): number | undefined {
  const plain = text.replace(
    /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/,
    (_all, sign: string, whole: string, fraction = '') => `${sign}${whole.replaceAll(',', '')}${fraction}`,
  );
  return /^[+-]?\d+(\.\d+)?$/.test(plain) ? Number(plain) : undefined;
}

/** The form's field that a problem at `subPath` (below the observation), saying `message`, comes from. */
function fieldOf(subPath: string, message: string): ProposalField {
  const rules: [RegExp, ProposalField][] = [
    // The period's end is the figure's date by construction: only "from after to" is about its first day.
    [/^\.period\.to:.*"from"/, 'periodFrom'],
    [/^\.(date|kind|period\.to)/, 'date'],
    [/^\.period/, 'periodFrom'],
    [/^\.value/, 'value'],
    [/^\.bound/, 'bound'],
    [/^\.note\.en/, 'noteEn'],
    [/^\.note/, 'noteZh'],
    [/^\.source\.title\.en/, 'titleEn'],
    [/^\.source\.title/, 'titleZh'],
    [/^\.source\.publisher\.en/, 'publisherEn'],
    [/^\.source\.publisher/, 'publisherZh'],
    [/^\.source\.publishedOn/, 'publishedOn'],
  ];
  return rules.find(([pattern]) => pattern.test(`${subPath}:${message}`))?.[1] ?? 'url';
}

/** The validator's problems, those of the new figure named by the form's field. */
function describeProblems(problems: readonly ContentProblem[], observationPath: string): string[] {
  return problems.map((problem) => {
    if (
      problem.file === METRICS &&
      (problem.where === observationPath || problem.where.startsWith(`${observationPath}.`))
    )
      return `${label(fieldOf(problem.where.slice(observationPath.length), problem.message))}: ${problem.message}`;
    return formatProblem(problem);
  });
}

/** Reads the proposal in `body` and checks the change against the content in `files`. Never throws on any body. */
export async function convertProposal(
  body: string,
  files: ContentFiles,
  { today }: { today?: string } = {},
): Promise<ProposalResult> {
  const read = readIssueBody(body, proposalLabelsByField);
  if ('problems' in read) return { problems: read.problems };
  const values = read.values;
  const problems: string[] = [];
  for (const [field, definition] of Object.entries(proposalFields) as [
    ProposalField,
    (typeof proposalFields)[ProposalField],
  ][]) {
    const value = values[field];
    if (definition.required && value === undefined) problems.push(`${label(field)}: missing: the form requires it`);
    else if (value !== undefined && definition.type !== 'textarea' && /\n/.test(value))
      problems.push(`${label(field)}: expected one line, got ${value.split('\n').length} lines`);
  }
  if (values.quote && values.quote.length > MAX_QUOTE)
    problems.push(
      `${label('quote')}: expected at most ${MAX_QUOTE} characters, got ${values.quote.length}: quote the sentence that states the figure`,
    );
  for (const field of ['titleZh', 'titleEn', 'publisherZh', 'publisherEn', 'noteZh', 'noteEn', 'url'] as const) {
    const limit =
      field === 'url' ? 2000 : field.startsWith('note') ? MAX.note : field.startsWith('title') ? MAX.title : MAX.name;
    if ((values[field]?.length ?? 0) > limit)
      problems.push(
        `${label(field)}: expected at most ${limit} characters, got ${values[field]!.length}: shorten the text`,
      );
  }
  if (problems.length) return { problems };

  const parsed = parseJsonContent(files);
  const metricsEntry = files.get(METRICS);
  const plan = parsed.data.plan;
  if (!parsed.data.metrics || !plan || !(metricsEntry instanceof Uint8Array))
    return {
      problems: [
        'content/ has problems of its own, before this proposal: run npm run validate and fix them first',
        ...parsed.errors.map(formatProblem),
      ],
    };
  const metricsText = new TextDecoder().decode(metricsEntry);
  const raw = JSON.parse(metricsText) as { metrics: { id: string; observations: { date: string }[] }[] };

  const metricId = values.metric!.split(' — ')[0]!.trim();
  const metricIndex = raw.metrics.findIndex((metric) => metric.id === metricId);
  if (metricIndex < 0)
    problems.push(
      `${label('metric')}: no target in content/metrics.json has the id at the start of ${JSON.stringify(values.metric!.slice(0, 80))}: choose one of the form's targets`,
    );
  const bound = (Object.entries(boundOptions) as [string, string][]).find(([, option]) => option === values.bound)?.[0];
  if (!bound)
    problems.push(`${label('bound')}: expected one of the form's choices (${Object.keys(boundOptions).join(', ')})`);
  const value = readNumber(values.value!);
  if (value === undefined)
    problems.push(
      `${label('value')}: expected a number written with digits only, in base units (1560000, not 156万; 10 for 10%), got ${JSON.stringify(values.value!.slice(0, 60))}`,
    );
  if (problems.length) return { problems };

  const date = values.date!;
  const both = (zh: string | undefined, en: string | undefined) =>
    zh || en ? { ...(zh ? { zh } : {}), ...(en ? { en } : {}) } : {};
  // Keys in the order the file writes them, so the new figure reads like its neighbours.
  const observation: Record<string, unknown> = {
    date,
    ...(values.periodFrom ? { period: { from: values.periodFrom, to: date } } : {}),
    value,
    bound,
    // The plan period decides the kind, as the validator checks it: nothing for the reader to choose.
    kind: date < plan.targetPeriod.start ? 'baseline' : 'progress',
    ...(values.noteZh || values.noteEn ? { note: both(values.noteZh, values.noteEn) } : {}),
    source: {
      title: both(values.titleZh, values.titleEn),
      publisher: both(values.publisherZh, values.publisherEn),
      url: values.url,
      publishedOn: values.publishedOn,
    },
  };
  // After every figure of the same date or earlier: the file keeps each target's figures in date order.
  const existing = raw.metrics[metricIndex]!.observations;
  const position = existing.filter((other) => typeof other.date === 'string' && other.date <= date).length;
  const edits = modify(metricsText, ['metrics', metricIndex, 'observations', position], observation, {
    isArrayInsertion: true,
    formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
  });
  const changedText = applyEdits(metricsText, edits);
  const changedFiles: ContentFiles = new Map(files);
  changedFiles.set(METRICS, new TextEncoder().encode(changedText));
  const checked = await checkContentFiles(changedFiles, today ? { today } : {});
  // As CI checks (--strict): a missing translation is a problem too, for an editor to fill in.
  const found = [...checked.errors, ...checked.warnings];
  if (found.length) return { problems: describeProblems(found, `metrics[${metricIndex}].observations[${position}]`) };
  return { change: { metricId, observation, metricsText: changedText, quote: values.quote! } };
}

/** Text inside an inline code span, whatever backticks it holds: nothing in it is read as markdown, a mention or HTML. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${text.replace(/\n/g, ' ')} ${fence}`;
}

/** Text in a fenced block longer than any run of backticks inside it. */
function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/** The pull request's title, commit message and body for an accepted proposal from issue `issue`. */
export function pullRequestText(change: ProposalChange, issue: number): { title: string; body: string } {
  const observation = change.observation as {
    date: string;
    value: number;
    bound: string;
    kind: string;
    period?: { from: string; to: string };
    source: Record<string, unknown>;
  };
  const source = observation.source as {
    title: Record<string, string>;
    publisher: Record<string, string>;
    url: string;
    publishedOn: string;
  };
  const title = `Add a figure for ${change.metricId} dated ${observation.date} (proposal #${issue})`;
  const sides = (text: Record<string, string>) =>
    [text.zh && `zh ${codeSpan(text.zh)}`, text.en && `en ${codeSpan(text.en)}`].filter(Boolean).join(' · ');
  const body = [
    `Adds the figure proposed in #${issue} to \`content/metrics.json\`, as the form gave it. The change summary below (from the pull request checks) shows what it does to the target.`,
    '',
    `- Target: \`${change.metricId}\``,
    `- Figure: ${observation.value} (${observation.bound}), dated ${observation.date}${observation.period ? `, covering ${observation.period.from} to ${observation.period.to}` : ''}; kind ${observation.kind}`,
    `- Source: ${codeSpan(source.url)}, published ${source.publishedOn}`,
    `- Title: ${sides(source.title)}`,
    `- Publisher: ${sides(source.publisher)}`,
    '',
    'The sentence the reader quoted from the source:',
    '',
    codeBlock(change.quote),
    '',
    'Reviewer: open the source and check that it says this figure, for this period and with this wording (bound), and that both languages read right. The checklist is in the pull request template (.github/pull_request_template.md).',
    '',
    `Closes #${issue}`,
    '',
  ].join('\n');
  return { title, body };
}

/** The comment for a proposal that could not become a change. */
export function refusalComment(problems: readonly string[]): string {
  return [
    'This proposal could not be turned into a change to `content/metrics.json`. What the check says, field by field:',
    '',
    ...problems.map((problem) => `- ${codeSpan(problem)}`),
    '',
    `Edit the issue to correct the fields named, then remove the label \`${proposalLabels.accepted}\` and add it again. 请编辑此议题，改正上述字段，然后移除标签 \`${proposalLabels.accepted}\` 再重新添加。`,
    '',
  ].join('\n');
}
