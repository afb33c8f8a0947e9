/** Reading JSON content with errors that point at the line and column. */
import { findNodeAtLocation, parse as parseLoose, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { formatPath, type ContentProblem } from '../errors';

/** Line and column (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const syntaxMessages: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this is not a valid number',
  PropertyNameExpected: 'expected a field name in double quotes (is there a comma too many?)',
  ValueExpected: 'expected a value (is there a comma too many, or a missing value?)',
  ColonExpected: 'expected a colon after the field name',
  CommaExpected: 'expected a comma between two items',
  CloseBraceExpected: 'expected } to close the object',
  CloseBracketExpected: 'expected ] to close the list',
  EndOfFileExpected: 'unexpected text after the end of the data',
  UnexpectedEndOfString: 'the text in quotes is not closed',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character after \\',
  InvalidCharacter: 'invalid character (a line break inside quotes?)',
};

/** Parses JSON strictly; on a syntax error, says what and where. */
export function readJson(file: string, text: string): { data: unknown; problems: ContentProblem[] } {
  try {
    return { data: JSON.parse(text), problems: [] };
  } catch (error) {
    const errors: ParseError[] = [];
    parseLoose(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const at = first ? lineAndColumn(text, first.offset) : undefined;
    const message = first ? (syntaxMessages[printParseErrorCode(first.error)] ?? 'JSON syntax error') : (error as Error).message;
    return { data: undefined, problems: [{ file, where: '', message: `JSON syntax error: ${message}`, ...at }] };
  }
}

/** Fields written twice in one object: JSON keeps only the last, so the first is silently lost. */
export function duplicateKeys(file: string, text: string): ContentProblem[] {
  const tree = parseTree(text);
  const problems: ContentProblem[] = [];
  const walk = (node: Node | undefined, path: (string | number)[]) => {
    if (!node) return;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        const name = String(key?.value);
        if (seen.has(name))
          problems.push({ file, where: formatPath([...path, name]), message: `"${name}" is written twice in the same object: keep one`, ...lineAndColumn(text, key!.offset) });
        seen.add(name);
        walk(value, [...path, name]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => walk(child, [...path, index]));
    }
  };
  walk(tree, []);
  return problems;
}

/** Adds the line and column of each problem's JSON path, where the path exists in the text. */
export function locate(text: string, problems: ContentProblem[]): ContentProblem[] {
  const tree = parseTree(text);
  if (!tree) return problems;
  return problems.map((problem) => {
    const path = problem.where.match(/[^.[\]]+/g)?.map((part) => (/^\d+$/.test(part) ? Number(part) : part)) ?? [];
    let node = findNodeAtLocation(tree, path);
    // A missing field: point at the object that should hold it.
    for (let parent = path.slice(0, -1); !node && parent.length >= 0; parent = parent.slice(0, -1)) {
      node = findNodeAtLocation(tree, parent);
      if (!parent.length) break;
    }
    return node ? { ...problem, ...lineAndColumn(text, node.offset) } : problem;
  });
}
