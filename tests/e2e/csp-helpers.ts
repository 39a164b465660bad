/** Shared by the CSP tests (site and single file): try to leave the page, and collect the browser's refusals. */
import type { Page } from '@playwright/test';
import type { Guard } from './fixtures.ts';

export type Violation = { directive: string; blocked: string };

/**
 * Tries, from inside the page, what an injected script or a careless dependency might: fetch another origin,
 * load its image, run an inline script. Returns the CSP violations the page saw and whether each got through.
 */
export async function tryToLeave(page: Page, other: string) {
  return page.evaluate(async (other) => {
    const violations: { directive: string; blocked: string }[] = [];
    const listener = (e: SecurityPolicyViolationEvent) => violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI });
    document.addEventListener('securitypolicyviolation', listener);
    const fetched = await fetch(`${other}/pym.html`).then(
      () => 'fetched',
      (e: Error) => `refused: ${e.name}`,
    );
    const image = await new Promise<string>((done) => {
      const img = new Image();
      img.onload = () => done('loaded');
      img.onerror = () => done('refused');
      img.src = `${other}/pixel.png`;
    });
    (window as unknown as { __inline?: boolean }).__inline = false;
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true;';
    document.head.append(script);
    script.remove();
    await new Promise((r) => setTimeout(r, 200)); // violation events are queued as tasks
    document.removeEventListener('securitypolicyviolation', listener);
    return { fetched, image, inlineRan: (window as unknown as { __inline?: boolean }).__inline, violations };
  }, other);
}

/** The browser reports each refusal on the console too; those (and only those) are expected here. */
export function takeRefusals(guard: Guard): string[] {
  const refusals = guard.errors.filter((e) => /Content Security Policy/.test(e));
  guard.errors = guard.errors.filter((e) => !refusals.includes(e));
  return refusals;
}
