import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, injectCsp } from '../../scripts/csp.ts';

const parse = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('Content-Security-Policy', () => {
  it('names no origin but the page’s own, in either build', () => {
    for (const mode of ['web', 'single'] as const) {
      const tokens = Object.values(parse(contentSecurityPolicy(mode))).flat();
      expect(
        tokens.every((t) => ["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'].includes(t)),
        mode,
      ).toBe(true);
      expect(parse(contentSecurityPolicy(mode))['default-src']).toEqual(["'self'"]);
      expect(parse(contentSecurityPolicy(mode))['connect-src']).toEqual(["'self'", 'data:', 'blob:']);
    }
  });

  it('allows inline scripts and a data: worker only in the single file, which inlines them', () => {
    const web = parse(contentSecurityPolicy('web'));
    const single = parse(contentSecurityPolicy('single'));
    expect(web['script-src']).toEqual(["'self'"]);
    expect(web['worker-src']).not.toContain('data:');
    expect(single['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(single['worker-src']).toContain('data:');
  });

  it('goes into index.html right after the charset, before any script or stylesheet', () => {
    const html = injectCsp(readFileSync('index.html', 'utf8'), 'web');
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset="utf-8"'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(() => injectCsp('<html><head></head></html>', 'web')).toThrow(/charset/);
  });
});
