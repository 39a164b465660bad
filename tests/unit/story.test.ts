import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/data/story.ts';
import { readReal, realDataset } from './helpers.ts';

const data = realDataset();
const text = readReal('story.json')!;
const errorOf = (t: string) => {
  try {
    loadStory(t, data);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the story to be rejected');
};

describe('the default story', () => {
  it('loads, cites a source on every step and has at most 9 steps', () => {
    const story = loadStory(text, data);
    expect(story.steps.length).toBeGreaterThanOrEqual(6);
    expect(story.steps.length).toBeLessThanOrEqual(9);
    for (const s of story.steps) expect(s.sources.length).toBeGreaterThan(0);
  });

  it('covers the corridors, the organisations, the instruments and a dispute', () => {
    const story = loadStory(text, data);
    expect(story.steps.some((s) => s.view.org)).toBe(true);
    expect(story.steps.some((s) => s.view.instrument === 'refugee-1951')).toBe(true);
    expect(story.steps.some((s) => /disput|disagree/i.test(s.caption + s.title))).toBe(true);
  });

  it('names the broken field of a bad step', () => {
    const broken = JSON.parse(text);
    broken.steps[2].view.country = 'XYZ';
    broken.steps[3].camera.zoom = 40;
    broken.steps[4].sources[0].source_id = 'nobody-2099';
    expect(errorOf(JSON.stringify(broken))).toContain('data/story.json: steps[3].camera.zoom');
    broken.steps[3].camera.zoom = 3;
    const msg = errorOf(JSON.stringify(broken));
    expect(msg).toContain('data/story.json: steps[2].view.country "XYZ" is not in the dataset');
    expect(msg).toContain('data/story.json: steps[4].sources[0].source_id "nobody-2099" is not a source_id in data/sources.csv');
    expect(errorOf('{ not json')).toContain('data/story.json: is not valid JSON');
  });
});

describe('the whole of data/', () => {
  it('cites every source somewhere, and names a source nothing cites', async () => {
    const { loadAll } = await import('../../src/lib/data/load.ts');
    const { readWith } = await import('./helpers.ts');
    expect(() => loadAll(readReal)).not.toThrow();
    const padded = readReal('sources.csv')!.trimEnd() + '\nnobody-2099,paper,Nobody 2099,"Nobody. Nothing (2099).",2099,,,,\n';
    expect(() => loadAll(readWith({ 'sources.csv': padded }))).toThrow(
      /data\/sources.csv:\d+: source_id "nobody-2099" is not cited by any row or story step/,
    );
  });
});
