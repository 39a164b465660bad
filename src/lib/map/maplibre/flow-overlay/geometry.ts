/**
 * Flow geometry for the GPU, built once per data change: every flow's arc becomes a stretch of one triangle
 * strip (stretches joined by degenerate triangles, so all flows are one draw call). Each vertex carries its
 * point in 0..1 Mercator, the miter to push it sideways by (the shader scales it to the line's pixel width),
 * the distance along the arc from the origin (for the moving chevrons), and the flow's index and side.
 * Colours, widths and endpoints live in a small per-flow table (a texture), so a change of measure or
 * highlight never rebuilds this buffer. Pure: no WebGL here.
 */

/** Floats per vertex: x, y, miterX, miterY, distance, flowIndex * 2 + side. */
export const FLOATS_PER_VERTEX = 6;
/** Texels per flow in the style table: (r, g, b, widthPx), (originIndex, destinationIndex, opacity, 0). */
export const TEXELS_PER_FLOW = 2;
/** Row length of the style table texture (WebGL2 guarantees at least 2048). */
export const STYLE_ROW = 1024;
/** A sharp bend would push a miter far out; clamp it (arcs bend gently, so this is only a guard). */
const MAX_MITER = 3;

export type StripGeometry = { vertices: Float32Array; vertexCount: number };

/** `paths[i]` is flow i as [x0, y0, x1, y1, ...] in Mercator units (at least two distinct points). */
export function buildStrip(paths: ArrayLike<number>[]): StripGeometry {
  let total = 0;
  for (const p of paths) total += (p.length / 2) * 2 + 2; // two vertices per point, two to join the next flow
  const v = new Float32Array(total * FLOATS_PER_VERTEX);
  let o = 0;
  const put = (x: number, y: number, mx: number, my: number, dist: number, flowSide: number) => {
    v[o++] = x;
    v[o++] = y;
    v[o++] = mx;
    v[o++] = my;
    v[o++] = dist;
    v[o++] = flowSide;
  };
  let started = false;
  paths.forEach((p, flow) => {
    const n = p.length / 2;
    if (n < 2) return;
    if (started) {
      // Degenerate join: repeat the previous stretch's last vertex, then this stretch's first.
      v.copyWithin(o, o - FLOATS_PER_VERTEX, o);
      o += FLOATS_PER_VERTEX;
      const [mx, my] = miterAt(p, 0, n);
      put(p[0]!, p[1]!, mx, my, 0, flow * 2);
    }
    started = true;
    let dist = 0;
    for (let i = 0; i < n; i++) {
      const x = p[2 * i]!;
      const y = p[2 * i + 1]!;
      if (i > 0) dist += Math.hypot(x - p[2 * i - 2]!, y - p[2 * i - 1]!);
      const [mx, my] = miterAt(p, i, n);
      put(x, y, mx, my, dist, flow * 2);
      put(x, y, mx, my, dist, flow * 2 + 1);
    }
  });
  return { vertices: v.subarray(0, o), vertexCount: o / FLOATS_PER_VERTEX };
}

/** The miter at point i: the unit normal of its segment(s), lengthened at a bend so both sides keep their width. */
function miterAt(p: ArrayLike<number>, i: number, n: number): [number, number] {
  const normal = (a: number, b: number): [number, number] | null => {
    const dx = p[2 * b]! - p[2 * a]!;
    const dy = p[2 * b + 1]! - p[2 * a + 1]!;
    const len = Math.hypot(dx, dy);
    return len > 0 ? [-dy / len, dx / len] : null;
  };
  const before = i > 0 ? normal(i - 1, i) : null;
  const after = i < n - 1 ? normal(i, i + 1) : null;
  const a = before ?? after ?? [0, 1];
  const b = after ?? before ?? [0, 1];
  let mx = a[0] + b[0];
  let my = a[1] + b[1];
  const len = Math.hypot(mx, my);
  if (len < 1e-9) return a; // a full turn back: no sensible miter
  mx /= len;
  my /= len;
  const scale = Math.min(MAX_MITER, 1 / Math.max(1e-6, mx * a[0] + my * a[1]));
  return [mx * scale, my * scale];
}

/** `opacity` (default 1) lets a minor line recede behind the others. */
export type FlowStyle = { color: string; widthPx: number; origin: number; destination: number; opacity?: number };

/** The per-flow style table, laid out for an RGBA32F texture STYLE_ROW texels wide. */
export function buildStyleTable(styles: FlowStyle[]): { data: Float32Array; width: number; height: number } {
  const texels = Math.max(1, styles.length * TEXELS_PER_FLOW);
  const width = STYLE_ROW;
  const height = Math.ceil(texels / width);
  const data = new Float32Array(width * height * 4);
  styles.forEach((s, i) => {
    const [r, g, b] = hexToRgb(s.color);
    data.set([r, g, b, s.widthPx, s.origin, s.destination, s.opacity ?? 1, 0], i * TEXELS_PER_FLOW * 4);
  });
  return { data, width, height };
}

/** A six-digit hex colour as [r, g, b] in 0..1 (sRGB, as MapLibre blends it). */
export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
