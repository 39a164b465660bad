/**
 * The map renderers, by name. Every one implements the MapView contract of ./types.ts; the app asks for one here
 * and knows nothing else of it. The static SVG map is small and comes with the app (it paints first, and stays
 * where WebGL is missing); MapLibre, most of the app's weight, is loaded on demand.
 */
import type { CreateMap } from './types.ts';
import { createSvgMap } from './svg/index.ts';

export const RENDERERS = {
  svg: () => Promise.resolve(createSvgMap),
  maplibre: () => import('./maplibre/index.ts').then((m) => m.createMapLibreMap),
} satisfies Record<string, () => Promise<CreateMap>>;

/** Whether this browser will give a page a WebGL context at all (it may still fail later, or be lost). */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext(); // let it go now: browsers allow only a few at once
    return !!gl;
  } catch {
    return false;
  }
}

export type RendererName = keyof typeof RENDERERS;

export function loadRenderer(name: RendererName = 'maplibre'): Promise<CreateMap> {
  return RENDERERS[name]();
}
