/**
 * The issue form "a public source for a figure" (.github/ISSUE_TEMPLATE/figure-source.yml): its fields,
 * whose labels are also how scripts/figure-proposal.ts finds the values in an issue's body, and the
 * form's YAML, generated from content/metrics.json (`npm run issue-forms`) so that its list of
 * targets is always the file's.
 */
import { stringify } from 'yaml';
import { issueForms } from '../../src/lib/outputs/feedback';
import { Bound, type Metric } from '../../src/lib/content/schema/metrics';

/** The form's file, from the project root. */
export const figureFormPath = `.github/ISSUE_TEMPLATE/${issueForms.figureSource}`;

/** The label an issue form gives its issues, and the one an editor adds to turn a proposal into a pull request. */
export const proposalLabels = { proposed: 'figure-proposal', accepted: 'figure-accepted' } as const;

interface Field {
  label: string;
  description: string;
  type: 'input' | 'textarea' | 'dropdown';
  required: boolean;
  placeholder?: string;
}

/** Every field of the form, in its order. The labels are the headings of the issue's body: change one and old proposals no longer read. */
export const proposalFields = {
  metric: {
    label: '指标 · Target',
    type: 'dropdown',
    required: true,
    description: '这个数字属于哪个指标。Which target the figure is for.',
  },
  value: {
    label: '数字 · Figure',
    type: 'input',
    required: true,
    description:
      '只写阿拉伯数字，用基本单位：156万写作 1560000；增速10%写作 10。Digits only, in base units: 1.56 million is 1560000; a 10% growth rate is 10.',
    placeholder: '1560000',
  },
  bound: {
    label: '来源的措辞 · How the source words it',
    type: 'dropdown',
    required: true,
    description: '来源怎样表述这个数字。How the source words the figure.',
  },
  date: {
    label: '数字所指的日期 · Date the figure refers to',
    type: 'input',
    required: true,
    description:
      '写作 YYYY-MM-DD；年度或年内累计的数字写期末日期（如 2026-06-30）。YYYY-MM-DD; for a yearly or year-to-date figure, the last day it covers.',
    placeholder: '2026-06-30',
  },
  periodFrom: {
    label: '所涵盖时段的第一天 · First day the figure covers',
    type: 'input',
    required: false,
    description:
      '仅用于年度总量或年内累计的数字（如 2026-01-01）；某一时点的存量数字不填。Only for a yearly or year-to-date total (e.g. 2026-01-01); leave empty for a level at a point in time.',
    placeholder: '2026-01-01',
  },
  url: {
    label: '来源网址 · Source address',
    type: 'input',
    required: true,
    description: '以 https:// 开头的网址。The web address, starting with https://.',
    placeholder: 'https://',
  },
  titleZh: {
    label: '来源标题（中文） · Title of the source (Chinese)',
    type: 'input',
    required: false,
    description: '来源网页或文件的标题。The title of the page or document, in Chinese.',
  },
  titleEn: {
    label: '来源标题（英文） · Title of the source (English)',
    type: 'input',
    required: false,
    description: '英文标题或译名；可由编辑者补上。In English, or a translation; the editors can add it.',
  },
  publisherZh: {
    label: '发布者（中文） · Publisher (Chinese)',
    type: 'input',
    required: false,
    description: '发布来源的机构或媒体，如“武汉市统计局”。Who published the source, in Chinese.',
  },
  publisherEn: {
    label: '发布者（英文） · Publisher (English)',
    type: 'input',
    required: false,
    description: '发布者的英文名称；可由编辑者补上。In English; the editors can add it.',
  },
  publishedOn: {
    label: '来源发布日期 · Date the source was published',
    type: 'input',
    required: true,
    description: '写作 YYYY-MM-DD。YYYY-MM-DD.',
    placeholder: '2026-07-15',
  },
  quote: {
    label: '原文引述 · Exact quote',
    type: 'textarea',
    required: true,
    description:
      '复制来源中写明这个数字的原句，一字不改。Copy the sentence of the source that states the figure, word for word.',
  },
  noteZh: {
    label: '说明（中文） · Note (Chinese)',
    type: 'input',
    required: false,
    description:
      '数字涵盖的范围与指标不同时才写，如“截至6月底”。Only when the figure covers something other than the target itself.',
  },
  noteEn: {
    label: '说明（英文） · Note (English)',
    type: 'input',
    required: false,
    description: '同上，英文。The same, in English.',
  },
} as const satisfies Record<string, Field>;

export type ProposalField = keyof typeof proposalFields;

/** The labels by field, for reading an issue's body. */
export const proposalLabelsByField = Object.fromEntries(
  Object.entries(proposalFields).map(([key, field]) => [key, field.label]),
) as Record<ProposalField, string>;

/** How each bound is offered in the form; the word before " — " is the value written to metrics.json. */
export const boundOptions: Record<Bound, string> = {
  exact: 'exact — 确数 / the exact figure',
  over: 'over — 超过、突破、逾、以上 / over N (a lower bound)',
  nearly: 'nearly — 近、接近 / nearly N (just under N)',
  about: 'about — 约、左右 / about N',
};

/** A target as the form lists it: its id first, which is what the conversion reads back. */
export function metricOption(metric: Pick<Metric, 'id' | 'name'>): string {
  return `${metric.id} — ${metric.name.zh} / ${metric.name.en}`;
}

/** The form's YAML for the targets in `metrics`, in their order. */
export function figureFormYaml(metrics: readonly Pick<Metric, 'id' | 'name'>[]): string {
  const options: Partial<Record<ProposalField, string[]>> = {
    metric: metrics.map(metricOption),
    bound: Bound.options.map((bound) => boundOptions[bound]),
  };
  const form = {
    name: '一个数字的公开来源 · A public source for a figure',
    description: '告诉编辑者一个公开来源写明的数字 · Point the editors to a figure a public source states',
    title: '[数字 · Figure] ',
    labels: [proposalLabels.proposed],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: [
            '本站只发布公开来源写明的数字。请填写来源中的数字和原句；编辑者会打开来源核对，确认后由它生成一个拉取请求。',
            '',
            'This site publishes only figures a public source states. Give the figure and the sentence that states it; an editor opens the source to check it, and an accepted proposal becomes a pull request.',
          ].join('\n'),
        },
      },
      ...Object.entries(proposalFields).map(([id, field]) => ({
        type: field.type,
        id,
        attributes: {
          label: field.label,
          description: field.description,
          ...('placeholder' in field ? { placeholder: field.placeholder } : {}),
          ...(options[id as ProposalField] ? { options: options[id as ProposalField] } : {}),
        },
        validations: { required: field.required },
      })),
    ],
  };
  const header = [
    `# Generated by \`npm run issue-forms\` from content/metrics.json: do not edit by hand.`,
    '# The field labels are how scripts/figure-proposal.ts reads an issue; see scripts/lib/proposal-form.ts.',
    '',
  ];
  return `${header.join('\n')}${stringify(form, { lineWidth: 0, singleQuote: true })}`;
}
