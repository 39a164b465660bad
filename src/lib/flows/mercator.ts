/**
 * Web Mercator in the 0..1 square MapLibre's matrices expect (x east from -180°, y south from ~85°N). Pure, so
 * flow geometry, bending and hit-testing can share one coordinate space without knowing the map library.
 */
const DEG = Math.PI / 180;

export function toMercator([lng, lat]: readonly [number, number] | readonly number[]): [number, number] {
  const x = (180 + lng!) / 360;
  const y = (180 - Math.log(Math.tan(Math.PI / 4 + (lat! * DEG) / 2)) / DEG) / 360;
  return [x, y];
}

export function fromMercator([x, y]: readonly [number, number]): [number, number] {
  const lng = x * 360 - 180;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((180 - y * 360) * DEG)) - 90;
  return [lng, lat];
}
