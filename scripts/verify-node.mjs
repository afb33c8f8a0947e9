/**
 * node scripts/verify-node.mjs: checks the Node binary that `npm run` puts
 * first on the PATH (node_modules/node/bin/node) against the checksum in
 * deploy/node-runtime.json. The `node` package is pinned by the lockfile, but
 * the binary it installs comes from a second download the lockfile does not
 * pin; CI runs this after `npm ci` so a build never runs on another binary.
 * Plain Node, no dependencies: it runs on the runner's own Node.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { arch, platform } from 'node:process';

const root = new URL('..', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('deploy/node-runtime.json', root), 'utf8'));
const target = `${platform}-${arch}`;
const want = expected.sha256[target];
if (!want) {
  console.error(
    `✗ deploy/node-runtime.json has no checksum for ${target}: add one (sha256sum node_modules/node/bin/node after npm ci)`,
  );
  process.exit(1);
}
const binary = new URL('node_modules/node/bin/node', root);
let got;
try {
  got = createHash('sha256').update(readFileSync(binary)).digest('hex');
} catch (error) {
  console.error(`✗ cannot read node_modules/node/bin/node (${error.code ?? error.message}): run npm ci first`);
  process.exit(1);
}
const installed = JSON.parse(readFileSync(new URL('node_modules/node/package.json', root), 'utf8')).version;
if (installed !== expected.version) {
  console.error(
    `✗ the node package is ${installed}, but deploy/node-runtime.json records ${expected.version}: update the record with its checksum`,
  );
  process.exit(1);
}
if (got !== want) {
  console.error(
    `✗ node_modules/node/bin/node (${installed}, ${target}) has sha256 ${got}, not the recorded ${want}: the downloaded runtime is not the one recorded; do not build with it`,
  );
  process.exit(1);
}
console.log(`✓ Node ${installed} (${target}) matches its recorded checksum`);
