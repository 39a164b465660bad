/**
 * The map renderers, by name. Every one implements the MapView contract of ./types.ts; the app asks for one here
 * and knows nothing else of it. The static SVG map is small and comes with the app (it paints first, and stays
 * where WebGL is missing); MapLibre, most of the app's weight, is loaded on demand. What the renderers share that
 * touches the page (labels, snapshots, the WebGL probe) is in dom/.
 */
import type { CreateMap } from './types.ts';
import { createSvgMap } from './svg/index.ts';

export const RENDERERS = {
  svg: () => Promise.resolve(createSvgMap),
  maplibre: () => import('./maplibre/index.ts').then((m) => m.createMapLibreMap),
} satisfies Record<string, () => Promise<CreateMap>>;

export type RendererName = keyof typeof RENDERERS;

export function loadRenderer(name: RendererName = 'maplibre'): Promise<CreateMap> {
  return RENDERERS[name]();
}
