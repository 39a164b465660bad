/** The smallest lng/lat box around `points`, grown by `margin` degrees on every side. */
export function boundsAround(points: [number, number][], margin = 3): [[number, number], [number, number]] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  return [
    [w - margin, s - margin],
    [e + margin, n + margin],
  ];
}
