/**
 * Reads every text an SVG chart writes, with where it stands, and checks that
 * each lies inside the drawing and clear of every other, measured in the
 * shipped chart font (src/lib/charts/measure.ts). An inline chart is read at
 * the page's font size and at the phone's (where `.minor` texts are hidden).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { boxesOverlap, boxInside, textBox, type Anchor, type Box } from '../../src/lib/charts/measure';

export interface PlacedText {
  text: string;
  box: Box;
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  trimValues: false,
});

interface Style {
  size: number;
  bold: boolean;
  anchor: Anchor;
  hidden: boolean;
}

/** The texts of an SVG with their boxes; `fontSize` stands in for the page's CSS font size of an inline chart, `hideMinor` for the phone's CSS. */
export function svgTexts(
  svg: string,
  { fontSize, hideMinor = false }: { fontSize?: number; hideMinor?: boolean } = {},
): { texts: PlacedText[]; canvas: Box } {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`Not well-formed SVG: ${valid.err.msg} (line ${valid.err.line})`);
  const tree = parser.parse(svg) as Node[];
  const root = tree.find((node) => 'svg' in node)!;
  const [, , width, height] = root[':@']!.viewBox!.split(/\s+/).map(Number) as [number, number, number, number];
  const texts: PlacedText[] = [];
  const styleOf = (attributes: Record<string, string>, inherited: Style): Style => ({
    size:
      fontSize !== undefined && attributes.class === 'chart__svg'
        ? fontSize
        : attributes['font-size']
          ? Number(attributes['font-size'])
          : inherited.size,
    bold: attributes['font-weight']
      ? Number(attributes['font-weight']) >= 600 || attributes['font-weight'] === 'bold'
      : inherited.bold,
    anchor: (attributes['text-anchor'] as Anchor | undefined) ?? inherited.anchor,
    hidden: inherited.hidden || (hideMinor && (attributes.class ?? '').split(' ').includes('minor')),
  });
  const length = (value: string | undefined, size: number) =>
    value === undefined ? 0 : value.endsWith('em') ? Number(value.slice(0, -2)) * size : Number(value);
  const contentOf = (children: Node[]) =>
    children.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('');
  const walk = (nodes: Node[], inherited: Style) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((key) => key !== ':@');
      if (!name || name === '#text' || name === 'title') continue;
      const attributes = node[':@'] ?? {};
      const style = styleOf(attributes, inherited);
      const children = node[name] as Node[];
      if (name !== 'text') {
        walk(children, style);
        continue;
      }
      if (style.hidden) continue;
      // A text is either plain, or lines of tspans each with its own x and y or dy.
      let x = Number(attributes.x ?? 0);
      let y = Number(attributes.y ?? 0) + length(attributes.dy, style.size);
      const spans = children.filter((child) => 'tspan' in child);
      if (!spans.length) {
        const text = contentOf(children);
        texts.push({ text, box: textBox(text, x, y, style.size, style.anchor, style.bold) });
        continue;
      }
      for (const span of spans) {
        const spanAttributes = span[':@'] ?? {};
        const spanStyle = styleOf(spanAttributes, style);
        if (spanAttributes.x !== undefined) x = Number(spanAttributes.x);
        if (spanAttributes.y !== undefined) y = Number(spanAttributes.y);
        y += length(spanAttributes.dy, spanStyle.size);
        const text = contentOf(span.tspan as Node[]);
        texts.push({ text, box: textBox(text, x, y, spanStyle.size, spanStyle.anchor, spanStyle.bold) });
      }
    }
  };
  const rootStyle = styleOf(root[':@']!, { size: 16, bold: false, anchor: 'start', hidden: false });
  walk(root.svg as Node[], rootStyle);
  return { texts: texts.filter((text) => text.text.trim()), canvas: { left: 0, top: 0, right: width, bottom: height } };
}

/** What is wrong with the texts of an SVG: each text outside the drawing, each pair that overlaps. Empty when all is well. */
export function textProblems(svg: string, options: { fontSize?: number; hideMinor?: boolean } = {}): string[] {
  const { texts, canvas } = svgTexts(svg, options);
  const problems: string[] = [];
  const where = ({ left, top }: Box) => `(${Math.round(left)}, ${Math.round(top)})`;
  for (const [index, { text, box }] of texts.entries()) {
    if (!boxInside(box, canvas))
      problems.push(`"${text}" at ${where(box)} is not inside the ${canvas.right}×${canvas.bottom} drawing`);
    for (const other of texts.slice(index + 1))
      if (boxesOverlap(box, other.box))
        problems.push(`"${text}" at ${where(box)} overlaps "${other.text}" at ${where(other.box)}`);
  }
  return problems;
}
