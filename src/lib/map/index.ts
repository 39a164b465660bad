/**
 * The map renderers, by name, each loaded on demand (MapLibre is most of the app's weight). Every one
 * implements the MapView contract of ./types.ts; the app asks for one here and knows nothing else of it. A
 * second renderer (a static SVG map for a first paint, or where WebGL is missing) is a folder and an entry.
 */
import type { CreateMap } from './types.ts';

export const RENDERERS = {
  maplibre: () => import('./maplibre/index.ts').then((m) => m.createMapLibreMap),
} satisfies Record<string, () => Promise<CreateMap>>;

export type RendererName = keyof typeof RENDERERS;

export function loadRenderer(name: RendererName = 'maplibre'): Promise<CreateMap> {
  return RENDERERS[name]();
}
