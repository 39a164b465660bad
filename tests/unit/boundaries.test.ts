/** The architecture's boundaries are lint rules (eslint.config.js): they must catch what they are for. */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the boundaries', () => {
  it('keep MapLibre, and any file of it, inside src/lib/map/maplibre/', async () => {
    expect(await problems('src/ui/map/Probe.ts', "import { Map } from 'maplibre-gl';\nexport const m = Map;\n")).toEqual([
      expect.stringContaining('Only src/lib/map/maplibre/ knows MapLibre'),
    ]);
    expect(await problems('src/app/probe.svelte.ts', "import 'maplibre-gl/dist/maplibre-gl.css';\n")).toHaveLength(1);
    expect(await problems('src/lib/map/maplibre/probe.ts', "import 'maplibre-gl/dist/maplibre-gl.css';\n")).toEqual([]);
  }, 30_000);

  it('keep Svelte and the DOM out of the pure modules, the neutral map modules and the controller’s pure parts', async () => {
    const code = "import { tick } from 'svelte';\nexport const title = () => document.title + String(tick);\n";
    for (const path of ['src/lib/queries/probe.ts', 'src/lib/i18n/probe.ts', 'src/lib/theme/probe.ts', 'src/lib/map/probe.ts', 'src/app/probe.ts'])
      expect(await problems(path, code), path).toEqual([expect.stringContaining('import no Svelte'), expect.stringContaining('use no DOM')]);
    // The controller and the renderer are where the browser is.
    expect(await problems('src/app/probe.svelte.ts', code)).toEqual([]);
    expect(await problems('src/lib/map/maplibre/probe.ts', 'export const title = () => document.title;\n')).toEqual([]);
  }, 30_000);

  it('keep the build-time validators (zod) out of the browser: types only from the schemas, anywhere in src/', async () => {
    const code = "import { ELSEWHERE } from '../../lib/data/schema.ts';\nexport const e = ELSEWHERE;\n";
    expect(await problems('src/ui/legend/Probe.ts', code)).toEqual([expect.stringContaining('zod) stays out of the browser')]);
    expect(await problems('src/lib/queries/probe.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toHaveLength(1);
    expect(await problems('src/lib/data/probe.ts', "import { loadStory } from './story.ts';\nexport const l = loadStory;\n")).toHaveLength(1);
    // Types are erased; the vocabularies are plain values; the validators themselves are build time.
    expect(await problems('src/ui/legend/Probe.ts', "import type { Source } from '../../lib/data/schema.ts';\nexport type S = Source;\n")).toEqual(
      [],
    );
    expect(
      await problems('src/ui/legend/Probe.ts', "import { ELSEWHERE } from '../../lib/data/vocabulary.ts';\nexport const e = ELSEWHERE;\n"),
    ).toEqual([]);
    expect(await problems('src/lib/data/translations.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
  }, 30_000);
});
