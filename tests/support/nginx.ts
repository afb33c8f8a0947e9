/**
 * nginx with the project's own configuration (deploy/nginx.conf as rendered by
 * src/lib/serving/nginx.ts), serving a built site on loopback from a temporary
 * prefix, so that the browser tests see the headers the public will see.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxSiteConfig } from '../../src/lib/serving/nginx';

// Debian puts nginx in /usr/sbin, which a user's PATH may leave out.
const nginxBinary = process.env.NGINX_PATH || (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** A port that is free now, chosen by the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, logFile: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '(no error log)';
  throw new Error(`nginx did not answer on ${url}:\n${log}`);
}

/** Starts nginx serving `distDir`; resolves to its base URL and a function that stops it. */
export async function startNginx(distDir: string, port?: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const version = spawnSync(nginxBinary, ['-v'], { encoding: 'utf8' });
  if (version.error)
    throw new Error(`nginx is not installed (${version.error.message}): apt-get install nginx, or set NGINX_PATH`);
  const listenPort = port ?? (Number(process.env.TEST_NGINX_PORT) || (await freePort()));
  const prefix = mkdtempSync(join(tmpdir(), 'wuhan-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  writeFileSync(
    join(prefix, 'site.conf'),
    nginxSiteConfig({
      name: 'report-site',
      root: distDir,
      listen: [`127.0.0.1:${listenPort}`],
      serverName: 'localhost',
    }),
  );
  const errorLog = join(prefix, 'error.log');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      // As root (CI), workers would otherwise run as nobody, who may not read the checkout.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'master_process on;',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '    access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (dir) => `    ${dir === 'body' ? 'client_body' : dir}_temp_path ${join(prefix, dir)};`,
      ),
      `    include ${join(prefix, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(nginxBinary, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', errorLog], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${listenPort}`;
  try {
    await Promise.race([
      waitForServer(`${url}/`, errorLog),
      exited.then(() => Promise.reject(new Error(`nginx exited: ${stderr}`))),
    ]);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
