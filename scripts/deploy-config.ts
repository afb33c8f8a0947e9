/**
 * npm run deploy-config: writes deploy/nginx.conf and public/_headers from
 * src/lib/serving/policy.ts. With --check, writes nothing and exits 1 when
 * either file differs from what the policy gives.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deployConfigFiles } from '../src/lib/serving/files';

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, text] of Object.entries(deployConfigFiles())) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
  if (check) {
    console.error(`✗ ${file} is out of date: run npm run deploy-config`);
    stale += 1;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
