/**
 * "No request to another origin" is enforced by the browser, not only promised: the built page carries a
 * Content-Security-Policy that refuses other origins' connections, images and scripts, and inline scripts.
 */
import { test, expect, openApp } from './fixtures.ts';
import { hostOrigin } from './embed-helpers.ts';
import { takeRefusals, tryToLeave } from './csp-helpers.ts';
import { contentSecurityPolicy } from '../../scripts/csp.ts';

test('the site carries its Content-Security-Policy, and the browser refuses another origin and inline scripts', async ({ page, guard }, info) => {
  await openApp(page);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', contentSecurityPolicy('web'));
  expect(guard.errors, 'the app itself raised no violation').toEqual([]);
  const other = hostOrigin(info);
  const r = await tryToLeave(page, other);
  expect(r.fetched).toBe('refused: TypeError');
  expect(r.image).toBe('refused');
  expect(r.inlineRan).toBe(false);
  expect(r.violations).toEqual(
    expect.arrayContaining([
      { directive: 'connect-src', blocked: `${other}/pym.html` },
      { directive: 'img-src', blocked: `${other}/pixel.png` },
      { directive: 'script-src-elem', blocked: 'inline' },
    ]),
  );
  // Refused by the policy before any request left the page: the network guard saw nothing.
  expect(guard.offOrigin).toEqual([]);
  // The console names each refusal (the fixture still fails the test on any other error).
  expect(takeRefusals(guard).length).toBeGreaterThanOrEqual(3);
});
