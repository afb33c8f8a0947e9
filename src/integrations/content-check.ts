/**
 * The content check as an Astro integration, so the same rules hold in
 * `astro build` and `astro dev`:
 * - build: content is checked before anything is built; a refusal prints the
 *   editors' messages and exits non-zero, without a stack trace; once the pages
 *   exist, every on-site link and image in task pages must lead somewhere.
 * - dev: content is checked at start and after every change under content/;
 *   while there is an error, pages show the messages instead of the site (so
 *   unsafe content never renders, and a stale page is never shown).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblem, type ContentProblem } from '../lib/content/errors';
import { langOfFile, taskFiles } from '../lib/content/task-layout';
import { missingFeedbackNotice } from '../lib/outputs/feedback';
import { languages } from '../lib/language/locale';
import { validateContent, type ValidationResult } from '../lib/content/validate/index';
import { parseCount } from '../lib/content/json-content';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const summary = (errors: readonly ContentProblem[]) =>
  `${errors.length} problem${errors.length === 1 ? '' : 's'} in content/`;

/** The page dev shows while content has errors: plain HTML, no script. */
function problemsPage(errors: readonly ContentProblem[]): string {
  const items = errors.map((problem) => `<li><code>${escapeHtml(formatProblem(problem))}</code></li>`).join('');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${summary(errors)}</title><h1>${summary(errors)}</h1><p>The site is shown again as soon as the content is fixed. CONTRIBUTING.md explains each check.</p><ul>${items}</ul></html>`;
}

/** The path a built page's link leads to, from the task file and the link as written; undefined when the link cannot be read (the validator says why). */
function builtTarget(dir: string, file: string, url: string): { path: string; fragment: string } | undefined {
  const slug = file
    .split('/')
    .at(-1)!
    .replace(/\.mdx$/, '');
  const page = `${langOfFile(file) === 'en' ? '/en' : ''}/tasks/${slug}/`;
  try {
    const target = new URL(url, `https://site.invalid${page}`);
    const path = join(dir, decodeURIComponent(target.pathname));
    // A path that decodes to one outside the site (…/..%2F..%2Fetc) leads nowhere the site serves.
    if (path !== dir && !path.startsWith(join(dir, '/'))) return undefined;
    return { path, fragment: decodeURIComponent(target.hash.slice(1)) };
  } catch {
    return undefined;
  }
}

/** On-site links and images of task pages that lead nowhere in the built site at `dir`. */
export function brokenLinks(dir: string, links: ValidationResult['links']): ContentProblem[] {
  return links.flatMap(({ file, url, line }) => {
    const where = 'link';
    const target = builtTarget(dir, file, url);
    if (!target)
      return [
        {
          file,
          where,
          message: `"${url.slice(0, 80)}" cannot be read as an address on this site: check the address`,
          ...(line ? { line } : {}),
        },
      ];
    const { path, fragment } = target;
    const html = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    if (!existsSync(html) || /(?:^|[\\/])(?:_headers|\.[^\\/]*)$/.test(html))
      return [
        {
          file,
          where,
          message: `"${url}" leads to a page or file this site does not have: check the address`,
          ...(line ? { line } : {}),
        },
      ];
    if (fragment && html.endsWith('.html')) {
      const page = readFileSync(html, 'utf8');
      if (!page.includes(`id="${fragment}"`))
        return [
          {
            file,
            where,
            message: `"${url}": the page exists, but has no place marked #${fragment}`,
            ...(line ? { line } : {}),
          },
        ];
    }
    return [];
  });
}

/**
 * Ids used twice on a built task page: a heading an editor writes gets an id
 * from its words, and "## Main" or "## Footnote label" would take the id of
 * the skip link's target or the footnotes' label, which then lead to the
 * wrong place. `files` are task files (content/tasks/en/03-x.mdx).
 */
export function duplicateIds(dir: string, files: readonly string[]): ContentProblem[] {
  return files.flatMap((file) => {
    const target = builtTarget(dir, file, './');
    const html = target && join(target.path, 'index.html');
    if (!html || !existsSync(html)) return [];
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const [, id] of readFileSync(html, 'utf8').matchAll(/\sid="([^"]*)"/g))
      (seen.has(id!) ? twice : seen).add(id!);
    return [...twice].map((id) => ({
      file,
      where: 'heading',
      message: `the page has two places marked id="${id}", one of them the page's own: reword the heading (or the element) so that it no longer reads "${id}"`,
    }));
  });
}

/** The task files under `root`, as paths from it. */
function taskFilesIn(root: string): string[] {
  return languages.flatMap((lang) => {
    try {
      return readdirSync(join(root, taskFiles.dir, lang))
        .filter((name) => taskFiles.name.test(name))
        .map((name) => taskFiles.path(lang, name));
    } catch {
      return [];
    }
  });
}

/** Where a refused build's output is kept for a look: inside .astro/, which git, the linters and deploys ignore. */
export const refusedBuildDir = '.astro/refused-build';

/** Moves the refused output `dist` under `root` to refusedBuildDir (or removes it); returns where it went, if anywhere. */
function setAsideRefused(root: string, dist: string): string | undefined {
  const aside = join(root, refusedBuildDir);
  try {
    rmSync(aside, { recursive: true, force: true });
    mkdirSync(dirname(aside), { recursive: true });
    renameSync(dist, aside);
    return refusedBuildDir;
  } catch {
    rmSync(dist, { recursive: true, force: true });
    return undefined;
  }
}

function report(logger: AstroIntegrationLogger, result: ValidationResult) {
  for (const warning of result.warnings) logger.warn(formatProblem(warning));
  for (const error of result.errors) logger.error(formatProblem(error));
}

type Logger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;

/** What dev needs: a re-check after a change, and a request handler that shows problems instead of pages. */
export interface DevContentGuard {
  recheck(): void;
  /** Connect-style: answers a page request with the problems while content has errors, else passes it on. */
  middleware(request: IncomingMessage, response: ServerResponse, next: () => void): void;
}

/** Keeps dev's view of content/ under `root` current: checked at start and after each change. */
export function devContentGuard(root: string, logger: Logger, settle = 150): DevContentGuard {
  let latest = validateContent(root);
  let shown = '';
  let waiting: ((result: Promise<ValidationResult>) => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const announce = (checked: ValidationResult) => {
    const text = [...checked.errors, ...checked.warnings].map(formatProblem).join('\n');
    if (text === shown) return;
    shown = text;
    if (checked.errors.length) report(logger as AstroIntegrationLogger, checked);
    else logger.info('content/ is valid');
  };
  void latest.then(announce);
  return {
    // An editor's save can arrive as several events (truncate, then write): check once they settle.
    recheck() {
      latest = new Promise((resolve) => waiting.push(resolve));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const result = validateContent(root);
        for (const resolve of waiting) resolve(result);
        waiting = [];
        void result.then(announce);
      }, settle);
    },
    middleware(request, response, next) {
      // Chart files and downloads are routes with a file name; the build writes them as files, so dev serves them at the same address.
      if (request.url && /^\/(en\/)?(charts|downloads)\/[^/?]+\.(png|svg|csv|json)(\?|$)/.test(request.url))
        request.url = request.url.replace(/(\.(png|svg|csv|json))(\?|$)/, '$1/$3');
      void latest.then((result) => {
        const accept = request.headers.accept ?? '';
        if (!result.errors.length || !(accept.includes('text/html') || request.url?.endsWith('/'))) return next();
        response.statusCode = 500;
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(problemsPage(result.errors));
      }, next);
    },
  };
}

export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  let dev = false;
  let checked: ValidationResult | undefined;
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        dev = command === 'dev';
        if (command !== 'build') return;
        checked = await validateContent(root);
        report(logger, checked);
        if (checked.errors.length) {
          logger.error(`${summary(checked.errors)}; nothing was built.`);
          // Exit here: a thrown error would bury the messages under Astro's stack trace.
          process.exit(1);
        }
        // Once per build: readers cannot reach the editors through a form.
        const feedback = checked.content.site && missingFeedbackNotice(checked.content.site);
        if (feedback) logger.warn(feedback);
      },
      'astro:server:setup': ({ server, logger }) => {
        // The build starts a server of its own to sync content; it has been checked already.
        if (!dev) return;
        const guard = devContentGuard(root, logger);
        server.watcher.on('all', (_event, path) => {
          if (relative(root, path).startsWith('content')) guard.recheck();
        });
        server.middlewares.use(guard.middleware);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!checked) return;
        // The pages share this check's parse (lib/content/json-content.ts): more than one says they stopped sharing it.
        logger.info(`content/ JSON parsed ${parseCount()} time${parseCount() === 1 ? '' : 's'} in this build`);
        const broken = [
          ...brokenLinks(fileURLToPath(dir), checked.links),
          ...duplicateIds(fileURLToPath(dir), taskFilesIn(root)),
        ];
        for (const problem of broken) logger.error(formatProblem(problem));
        if (broken.length) {
          // A refused build leaves no dist/ at all, rather than pages without their charts, cards or search index
          // that a deploy or a preview could take for the site; what it built is kept aside to look at.
          const keptAside = setAsideRefused(root, fileURLToPath(dir));
          logger.error(
            `${summary(broken)}: links that lead nowhere or places marked twice; the build is refused, and dist/ removed${keptAside ? ` (what was built is in ${keptAside}/)` : ''}.`,
          );
          process.exit(1);
        }
      },
    },
  };
}
