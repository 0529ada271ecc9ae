// docs/serve.md gives hosts the Content-Security-Policy header to send. Its script hash is that of
// the first-paint script as index.html carries it, so it changes whenever that script does.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, FIRST_PAINT_SCRIPT } from '../../scripts/security-headers.ts';

describe('the served Content-Security-Policy', () => {
  it('is the one docs/serve.md tells hosts to send', () => {
    const doc = readFileSync(new URL('../../docs/serve.md', import.meta.url), 'utf8');
    const line = /^Content-Security-Policy: (.+)$/m.exec(doc);
    expect(line?.[1]).toBe(contentSecurityPolicy());
  });

  it('allows the first-paint script, minified, and no other inline script', () => {
    expect(FIRST_PAINT_SCRIPT).not.toMatch(/\n\s*\/\//);
    expect(FIRST_PAINT_SCRIPT.length).toBeLessThan(
      readFileSync(new URL('../../public/prerender-route.js', import.meta.url), 'utf8').length / 2,
    );
    expect(contentSecurityPolicy()).toMatch(/script-src 'self' 'sha256-[\w+/]+=*';/);
  });
});
