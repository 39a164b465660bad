/** A status map's time control: only where standings change over time, from adoption or founding to now. */
import { describe, expect, it } from 'vitest';
import { changesOverTime, playSteps, standingDates, timeline, type MapMode } from '../../src/app/map-mode.ts';
import { fixtureModel } from './helpers.ts';

const model = fixtureModel();
const mode = (p: Partial<MapMode>): MapMode => ({ instrument: null, org: null, year: null, ...p });

describe('a status map over time', () => {
  it('changes over time when its record has more than one date; a one-off vote does not', () => {
    expect(standingDates(model, mode({ instrument: 'treaty-a' })).length).toBeGreaterThan(1);
    expect(changesOverTime(model, mode({ instrument: 'treaty-a' }))).toBe(true);
    expect(standingDates(model, mode({ instrument: 'compact-d' }))).toEqual(['2018-12-19']);
    expect(changesOverTime(model, mode({ instrument: 'compact-d' }))).toBe(false);
    expect(timeline(model, mode({ instrument: 'compact-d' }), 2026)).toBeNull();
    expect(changesOverTime(model, mode({ org: 'union-a' }))).toBe(true);
    expect(timeline(model, mode({}), 2026)).toBeNull(); // the flows have their own year control
  });

  it('runs from the founding year (or an older year from a link) to now, the URL’s null year', () => {
    expect(timeline(model, mode({ org: 'union-a' }), 2026)).toEqual({ first: 2015, now: 2026, value: 2026 });
    expect(timeline(model, mode({ org: 'union-a', year: 2020 }), 2026)).toEqual({ first: 2015, now: 2026, value: 2020 });
    expect(timeline(model, mode({ org: 'union-a', year: 2010 }), 2026)?.first).toBe(2010);
  });

  it('plays from the year shown (from the first when at now) and ends at now', () => {
    expect(playSteps({ first: 2015, now: 2019, value: 2019 })).toEqual([2015, 2016, 2017, 2018, null]);
    expect(playSteps({ first: 2015, now: 2019, value: 2017 })).toEqual([2017, 2018, null]);
  });
});
