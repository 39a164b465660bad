import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/data/story.ts';
import { loadAll } from '../../src/lib/data/load.ts';
import { fixtureDataset, fixtureWith, readFixture } from './helpers.ts';

const data = fixtureDataset();
const text = readFixture('story.json')!;
const errorOf = (t: string | undefined) => {
  try {
    loadStory(t, data);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the story to be rejected');
};

describe('a story', () => {
  it('loads, with its steps, views and sources as written', () => {
    const story = loadStory(text, data);
    expect(story.title).toBe('Fixture story (synthetic, for unit tests)');
    expect(story.steps).toHaveLength(6);
    expect(story.steps.map((s) => s.view)).toEqual([
      {},
      { country: 'UZB' },
      { org: 'union-a' },
      { instrument: 'treaty-a' },
      { instrument: 'compact-d' },
      { country: 'KAZ' },
    ]);
    expect(story.steps[1]!.sources.map((s) => s.source_id)).toEqual(['fixture-paper-a', 'fixture-paper-b']);
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
    expect(errorOf(undefined)).toContain('data/story.json: is missing');
  });

  it('cites a source on every step and has at most 14 steps (a talk’s worth)', () => {
    const uncited = JSON.parse(text);
    uncited.steps[1].sources = [];
    expect(errorOf(JSON.stringify(uncited))).toContain('data/story.json: steps[1].sources must cite at least one source');
    const long = JSON.parse(text);
    long.steps = [...long.steps, ...long.steps, ...long.steps];
    expect(errorOf(JSON.stringify(long))).toContain('data/story.json: steps has more than 14 steps');
    const unknownView = JSON.parse(text);
    unknownView.steps[0].view = { flows: 'UZB' };
    expect(errorOf(JSON.stringify(unknownView))).toContain('data/story.json: steps[0].view');
  });

  it('may show the flows of a basis, a year and one origin, and never a year or origin without flows', () => {
    const flows = JSON.parse(text);
    flows.steps[0].view = { basis: 'born_in_origin', year: 2010, origin: 'UZB' };
    expect(loadStory(JSON.stringify(flows), data).steps[0]!.view).toEqual({ basis: 'born_in_origin', year: 2010, origin: 'UZB' });
    flows.steps[0].view = { basis: 'born_in_origin', year: 2023, origin: 'RUS' };
    const msg = errorOf(JSON.stringify(flows));
    expect(msg).toContain('data/story.json: steps[0].view.year data/flows.csv has no born_in_origin flows for 2023');
    expect(msg).toContain('data/story.json: steps[0].view.origin "RUS" is not a Central Asian country in data/countries.csv');
    flows.steps[0].view = { basis: 'stock' };
    expect(errorOf(JSON.stringify(flows))).toContain('data/story.json: steps[0].view.basis');
    // A status map's year needs no flows.
    flows.steps[0].view = { instrument: 'treaty-a', year: 1999 };
    expect(() => loadStory(JSON.stringify(flows), data)).not.toThrow();
  });

  it('may show a table, the timeline or a comparison instead of the map, with their settings as links write them', () => {
    const s = JSON.parse(text);
    delete s.steps[1].camera; // the map stays where it was under the page
    s.steps[1].view = { view: 'table', table: 'instruments', kind: 'central_asia', sort: '-treaty-a', filter: 'UZB' };
    s.steps[2].view = { view: 'timeline', group: 'kind', filter: 'KAZ', year: 2010 };
    s.steps[3].view = { view: 'compare', compare: ['UZB', 'KAZ'] };
    const story = loadStory(JSON.stringify(s), data);
    expect(story.steps[1]!.camera).toBeUndefined();
    expect(story.steps[1]!.view).toEqual({ view: 'table', table: 'instruments', kind: 'central_asia', sort: '-treaty-a', filter: 'UZB' });
    expect(story.steps[2]!.view.group).toBe('kind');
    expect(story.steps[3]!.view.compare).toEqual(['UZB', 'KAZ']);
  });

  it('names the file, step and field of a bad explore view', () => {
    const s = JSON.parse(text);
    s.steps[0].view = { view: 'tables' };
    expect(errorOf(JSON.stringify(s))).toContain('data/story.json: steps[0].view.view');
    s.steps[0].view = { view: 'table', table: 'treaties' };
    expect(errorOf(JSON.stringify(s))).toContain('data/story.json: steps[0].view.table');
    s.steps[0].view = { view: 'table', sort: 'nowhere', kind: 'moon' };
    let msg = errorOf(JSON.stringify(s));
    expect(msg).toContain('data/story.json: steps[0].view.sort "nowhere" is not a column of the instruments table');
    expect(msg).toContain('data/story.json: steps[0].view.kind "moon" is not a type of the instruments table');
    // A setting the view does not read, a map's field on a table, a country not in the data, a table's field on the map.
    s.steps[0].view = { view: 'timeline', table: 'flows', instrument: 'treaty-a', filter: 'XYZ' };
    msg = errorOf(JSON.stringify(s));
    expect(msg).toContain('data/story.json: steps[0].view.table is not a setting of view "timeline"');
    expect(msg).toContain('data/story.json: steps[0].view.instrument is not a setting of view "timeline"');
    expect(msg).toContain('data/story.json: steps[0].view.filter "XYZ" is not in the dataset');
    s.steps[0].view = { view: 'compare' };
    expect(errorOf(JSON.stringify(s))).toContain('data/story.json: steps[0].view.compare is missing');
    s.steps[0].view = { view: 'compare', compare: ['UZB'] };
    expect(errorOf(JSON.stringify(s))).toContain('data/story.json: steps[0].view.compare');
    s.steps[0].view = { group: 'kind' };
    expect(errorOf(JSON.stringify(s))).toContain('data/story.json: steps[0].view.group needs a view: "table", "timeline" or "compare"');
    // A map's step says where it looks.
    s.steps[0].view = {};
    delete s.steps[0].camera;
    expect(errorOf(JSON.stringify(s))).toContain('data/story.json: steps[0].camera is missing');
  });
});

describe('the whole of a dataset', () => {
  it('cites every source somewhere, and names a source nothing cites', () => {
    expect(() => loadAll(readFixture)).not.toThrow();
    const padded = readFixture('sources.csv')!.trimEnd() + '\nnobody-2099,paper,Nobody 2099,"Fixture: Nobody. Nothing (2099).",2099,,,,\n';
    const line = padded.trimEnd().split('\n').length;
    expect(() => loadAll(fixtureWith({ 'sources.csv': padded }))).toThrow(
      `data/sources.csv:${line}: source_id "nobody-2099" is not cited by any row or story step`,
    );
  });

  it('counts a source cited only by the story as cited', () => {
    // Vote record V backs only the compact's rows; with those rows gone, a story step citing it keeps it cited.
    const ratifications = readFixture('ratifications.csv')!
      .split('\n')
      .filter((l) => !l.includes('fixture-vote-record'))
      .join('\n');
    const instruments = readFixture('instruments.csv')!
      .split('\n')
      .filter((l) => !l.startsWith('compact-d,'))
      .join('\n');
    const story = JSON.parse(text);
    story.steps[4].view = {};
    const read = (storyText: string) => fixtureWith({ 'ratifications.csv': ratifications, 'instruments.csv': instruments, 'story.json': storyText });
    expect(() => loadAll(read(JSON.stringify(story)))).not.toThrow();
    story.steps.splice(4, 1);
    expect(() => loadAll(read(JSON.stringify(story)))).toThrow(
      /data\/sources.csv:\d+: source_id "fixture-vote-record" is not cited by any row or story step/,
    );
  });
});
