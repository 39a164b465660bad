/** An opened corridor brings both of its ends into the part of the map its panel and the (folded) legend leave free. */
import { test, expect, openApp } from './fixtures.ts';

test('opening a corridor shows both ends clear of the panel and the legend', async ({ page }) => {
  await openApp(page, '?corridor=UZB-KOR');
  const panel = page.getByTestId('corridor-panel');
  await expect(panel).toBeVisible();
  const legend = page.getByTestId('legend');
  for (const iso3 of ['UZB', 'KOR']) {
    const label = page.locator(`.map-label[data-iso3=${iso3}]`);
    await expect
      .poll(
        async () => {
          const [l, p, g] = await Promise.all([label.boundingBox(), panel.boundingBox(), legend.boundingBox()]);
          if (!l || !p || !g || !(await label.isVisible())) return 'label not placed';
          const apart = (a: typeof l, b: typeof l) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          const clear = l.x >= 0 && apart(l, p) && apart(l, g);
          return clear ? 'clear' : `label ${JSON.stringify(l)} panel ${JSON.stringify(p)} legend ${JSON.stringify(g)}`;
        },
        { message: iso3 },
      )
      .toBe('clear');
  }
});
