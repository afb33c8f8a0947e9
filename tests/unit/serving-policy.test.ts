/** The serving policy and the deploy files rendered from it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deployConfigFiles } from '../../src/lib/serving/files';
import { nginxSiteConfig, productionNginxSite } from '../../src/lib/serving/nginx';
import { contentSecurityPolicy, cspHeader, securityHeaders } from '../../src/lib/serving/policy';
import { root } from '../support/plan-text';

describe('the Content-Security-Policy', () => {
  it('allows only this host, and nothing inline or evaluated', () => {
    const policy = cspHeader();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:|data:/);
    expect(contentSecurityPolicy).toMatchObject({
      'default-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'frame-ancestors': "'none'",
      'form-action': "'self'",
    });
    expect(securityHeaders['Content-Security-Policy']).toBe(policy);
  });

  it('comes with nosniff, a referrer policy and a permissions policy', () => {
    expect(securityHeaders).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(securityHeaders['Permissions-Policy']).toMatch(/camera=\(\)/);
  });
});

describe('deploy/nginx.conf and public/_headers', () => {
  it.each(Object.entries(deployConfigFiles()))('%s is what the policy gives (npm run deploy-config)', (file, text) => {
    expect(readFileSync(`${root}${file}`, 'utf8')).toBe(text);
  });

  it('the nginx configuration sends every header from every location, and a script policy without eval or WebAssembly', () => {
    const config = nginxSiteConfig(productionNginxSite('report-site'));
    const locations = config
      .split(/\n {4}location /)
      .slice(1)
      .filter((block) => !block.includes('return 404'));
    expect(locations.length).toBeGreaterThanOrEqual(5);
    for (const block of locations)
      for (const name of [...Object.keys(securityHeaders), 'Strict-Transport-Security', 'Cache-Control'])
        expect(block, name).toContain(`add_header ${name} `);
    // The search is the site's own script over JSON files: nothing needs WebAssembly or eval.
    expect(config).toContain(`script-src 'self';`);
    expect(config).not.toMatch(/unsafe-eval|wasm/);
  });
});
