/**
 * Seeded synthetic flows for the benchmark: the same N flows on every page and every run (a fixed seed, no
 * Math.random), spread over the map's region, with widths and colours drawn like the real ones.
 */
import { flowArc } from '../src/lib/flows/arcs.ts';
import { widthForShare } from '../src/lib/flows/scale.ts';
import { THEMES } from '../src/lib/theme/index.ts';
import type { MapFlow } from '../src/lib/map/types.ts';

export type BenchFlow = MapFlow & { value: number };

/** mulberry32: a tiny, well-mixed 32-bit PRNG. */
export function seeded(seed: number): () => number {
  return () => {
    let t = (seed += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticFlows(n: number, seed = 20250601): BenchFlow[] {
  const random = seeded(seed);
  const colors = Object.values(THEMES.light.origins.byCountry);
  const point = (): [number, number] => [25 + random() * 110, 22 + random() * 40];
  return Array.from({ length: n }, (_, i) => {
    const from = point();
    const to = point();
    const value = 0.2 + random() * 20; // a share in per cent
    return {
      id: `S${i}`,
      origin: `O${i % 40}`,
      destination: `D${i % 97}`,
      path: flowArc(from, to),
      widthPx: widthForShare(value),
      color: colors[i % colors.length]!,
      value,
    };
  });
}
