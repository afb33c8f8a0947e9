/**
 * Content problems as GitHub Actions workflow commands
 * (`::error file=…,line=…,col=…::message`), so that a pull request shows each
 * message on the editor's own line of the diff.
 */
import type { ContentProblem } from '../errors';

/** Escapes a command's message: %, CR and LF would end or corrupt it. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value, where `:` and `,` also separate. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation line for a problem; `level` is `error`, or `warning` for what only --strict refuses. */
export function githubAnnotation(problem: ContentProblem, level: 'error' | 'warning'): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  if (problem.line && problem.column) properties.push(`col=${problem.column}`);
  properties.push(`title=${escapeProperty(problem.where ? `${problem.file} › ${problem.where}` : problem.file)}`);
  const message = problem.where ? `${problem.where}: ${problem.message}` : problem.message;
  return `::${level} ${properties.join(',')}::${escapeData(message)}`;
}
