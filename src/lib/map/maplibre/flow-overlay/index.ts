/**
 * The animated flows: our own WebGL2 canvas stacked over MapLibre's (same pixel size, no pointer events).
 *
 * Why a canvas of its own: a custom layer inside MapLibre that asks for a repaint every frame makes MapLibre
 * redraw the whole map every frame. Here an animation frame sets one uniform (the chevrons' offset, from the
 * clock) and draws one triangle strip; the map does not render at all while the camera is still. A tiny
 * invisible custom layer records the camera matrix whenever MapLibre does render (pan, zoom, resize) and
 * redraws the flows in the same task, so they stay glued to the map without a frame of lag.
 */
import type { CustomLayerInterface, Map as MapLibreMap } from 'maplibre-gl';
import type { FlowClock } from '../../../flows/clock.ts';
import { toMercator } from '../../../flows/mercator.ts';
import { FlowHitIndex } from '../../../flows/hit.ts';
import type { FlowFocus, MapFlow } from '../../types.ts';
import type { MapTokens } from '../../../theme/index.ts';
import { watchVisibility } from '../visibility.ts';
import { buildStrip, buildStyleTable, hexToRgb, type FlowStyle, type StripGeometry } from './geometry.ts';
import { WidthTween } from './tween.ts';
import { bindForDraws, createGpu, focusUniforms, matchCanvas, upload, type Gpu } from './gpu.ts';
import { WORLD_PX_AT_ZOOM_0 } from '../../projection.ts';

/** How fast the chevrons travel (CSS px per second of clock time) and their spacing (as in flows.frag.glsl). */
export const CHEVRON_SPEED = 36;
export const CHEVRON_PERIOD = 30;

export type FlowPalette = Pick<MapTokens, 'flowCasing' | 'flowHighlightEdge' | 'flowChevron'>;

const colorsOf = (p: FlowPalette) => ({
  casing: hexToRgb(p.flowCasing),
  highlightEdge: hexToRgb(p.flowHighlightEdge),
  chevron: hexToRgb(p.flowChevron),
});

export class FlowOverlay {
  readonly canvas: HTMLCanvasElement;
  /** For the benchmark: frames the overlay drew, how often the map itself rendered, geometry sent to the GPU. */
  readonly stats = { draws: 0, mapRenders: 0, geometryUploads: 0 };

  private gl: WebGL2RenderingContext | null;
  private gpu: Gpu | null = null;
  private matrix = new Float32Array(16);
  private haveMatrix = false;
  private flows: MapFlow[] = [];
  private strip: StripGeometry | null = null;
  private styleTable: ReturnType<typeof buildStyleTable> | null = null;
  private hitIndex: FlowHitIndex | null = null;
  private maxHalfWidth = 0;
  private countries = new Map<string, number>();
  private focus: FlowFocus = null;
  private styles: FlowStyle[] = [];
  /** The widths drawn now (mid-tween, between the old and the new). */
  private widths: number[] = [];
  private tween: WidthTween | null = null;
  /** The highlighted flow: its id, and its index in `flows` (-1 for none; found again when the flows change). */
  private hoveredId: string | null = null;
  private hovered = -1;
  private colors: ReturnType<typeof colorsOf>;
  private loop = 0;
  private pending = 0;
  private drewForCamera = false;
  /** Set when anything but the time changed since the last draw (camera, data, focus, hover, context). */
  private dirty = true;
  private cleanups: (() => void)[] = [];

  constructor(
    private readonly map: MapLibreMap,
    private readonly clock: FlowClock,
    palette: FlowPalette,
  ) {
    this.colors = colorsOf(palette);
    const mapCanvas = map.getCanvas();
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'flow-overlay';
    this.canvas.setAttribute('aria-hidden', 'true'); // every flow is also listed as text in the legend
    this.canvas.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;';
    mapCanvas.after(this.canvas);
    this.gl = this.canvas.getContext('webgl2', { alpha: true, premultipliedAlpha: true, antialias: false, depth: false, stencil: false });
    if (!this.gl) console.warn('Flows: WebGL2 is not available for the flow overlay.');

    // Context loss (GPU reset, too many contexts): keep the CPU-side arrays and rebuild the GPU objects.
    const lost = (e: Event) => {
      e.preventDefault(); // tells the browser we will restore
      this.gpu = null;
      this.stopLoop();
    };
    const restored = () => {
      this.initGpu();
      this.requestDraw();
      if (this.clock.running) this.startLoop();
    };
    this.canvas.addEventListener('webglcontextlost', lost);
    this.canvas.addEventListener('webglcontextrestored', restored);
    this.initGpu();

    const camera: CustomLayerInterface = {
      id: 'flow-overlay-camera',
      type: 'custom',
      renderingMode: '2d',
      render: (_gl, options) => {
        this.matrix.set(options.defaultProjectionData.mainMatrix as ArrayLike<number>);
        this.haveMatrix = true;
        this.drewForCamera = true;
        this.dirty = true;
        this.draw();
      },
    };
    map.addLayer(camera);
    const countRender = () => this.stats.mapRenders++;
    map.on('render', countRender);

    const unsubscribe = this.clock.subscribe(() => (this.clock.running ? this.startLoop() : (this.stopLoop(), this.requestDraw())));
    const unwatch = watchVisibility(map.getContainer(), (visible) => this.clock.setSuspended(!visible));
    this.cleanups.push(unsubscribe, unwatch, () => {
      map.off('render', countRender);
      this.canvas.removeEventListener('webglcontextlost', lost);
      this.canvas.removeEventListener('webglcontextrestored', restored);
      if (map.getLayer(camera.id)) map.removeLayer(camera.id);
    });
    if (this.clock.running) this.startLoop();
  }

  /** New flows: geometry is rebuilt only when a path changed; colours and widths alone update the style table. */
  setFlows(flows: MapFlow[]): void {
    const sameGeometry = flows.length === this.flows.length && flows.every((f, i) => f.path === this.flows[i]!.path);
    this.flows = flows;
    this.countries = new Map();
    const indexOf = (iso3: string) => this.countries.get(iso3) ?? this.countries.set(iso3, this.countries.size).get(iso3)!;
    if (!sameGeometry) {
      const paths = flows.map((f) => {
        const flat = new Float64Array(f.path.length * 2);
        f.path.forEach((p, i) => flat.set(toMercator(p), i * 2));
        return flat;
      });
      this.strip = buildStrip(paths);
      this.hitIndex = new FlowHitIndex(paths);
    }
    this.styles = flows.map((f) => ({
      color: f.color,
      widthPx: f.widthPx,
      origin: indexOf(f.origin),
      destination: indexOf(f.destination),
      opacity: f.opacity,
    }));
    this.maxHalfWidth = Math.max(0, ...flows.map((f) => f.widthPx / 2));
    this.hovered = this.indexOf(this.hoveredId);
    // The same lines with new widths move to them (a change of year, measure or origin); new lines just appear.
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.tween =
      sameGeometry && this.widths.length === flows.length && !still
        ? new WidthTween(
            this.widths,
            flows.map((f) => f.widthPx),
            performance.now(),
          )
        : null;
    this.applyWidths(this.tween ? this.widths : flows.map((f) => f.widthPx));
    this.upload(!sameGeometry);
    this.dirty = true;
    this.requestDraw();
  }

  /** The style table at these widths (the targets', or a tween's step). */
  private applyWidths(widths: number[]): void {
    this.widths = widths;
    this.styleTable = buildStyleTable(this.styles.map((s, i) => ({ ...s, widthPx: widths[i]! })));
  }

  /** Fade every flow but those touching a country, or those of one corridor. */
  setFocus(focus: FlowFocus): void {
    this.focus = focus;
    this.dirty = true;
    this.requestDraw();
  }

  /** The theme's colours for the lines' edges and chevrons. */
  setPalette(p: FlowPalette): void {
    this.colors = colorsOf(p);
    this.dirty = true;
    this.requestDraw();
  }

  setHovered(id: string | null): void {
    this.hoveredId = id;
    const index = this.indexOf(id);
    if (index === this.hovered) return;
    this.hovered = index;
    this.dirty = true;
    this.requestDraw();
  }

  private indexOf(id: string | null): number {
    return id === null ? -1 : this.flows.findIndex((f) => f.id === id);
  }

  /** The flow under a point of the map (CSS px from its top left), or null; `slopPx` beyond a line's half width still hits it. */
  hitTest(x: number, y: number, slopPx?: number): MapFlow | null {
    if (!this.hitIndex) return null;
    const { lng, lat } = this.map.unproject([x, y]);
    const [mx, my] = toMercator([lng, lat]);
    const pxPerUnit = WORLD_PX_AT_ZOOM_0 * 2 ** this.map.getZoom();
    const hit = this.hitIndex.hit(mx, my, pxPerUnit, (i) => this.flows[i]!.widthPx / 2, {
      maxHalfWidthPx: this.maxHalfWidth,
      slopPx,
      skip: (i) => this.flows[i]!.widthPx <= 0, // not drawn in this year or measure
    });
    return hit ? this.flows[hit.flow]! : null;
  }

  destroy(): void {
    this.stopLoop();
    cancelAnimationFrame(this.pending);
    for (const c of this.cleanups) c();
    this.gl?.getExtension('WEBGL_lose_context')?.loseContext(); // free the GPU memory now, not at garbage collection
    this.canvas.remove();
  }

  private initGpu(): void {
    const gl = this.gl;
    if (!gl || gl.isContextLost()) return;
    this.gpu = createGpu(gl);
    this.upload(true);
    this.dirty = true;
  }

  private upload(geometry: boolean): void {
    if (!this.gl || !this.gpu || this.gl.isContextLost()) return;
    if (geometry && this.strip) this.stats.geometryUploads++;
    upload(this.gl, this.gpu, geometry ? this.strip : null, this.styleTable);
  }

  /**
   * Draw at the clock's time. The context is ours alone, so program, buffers, texture and blending stay bound
   * between frames; uniforms are set only when they change. An animation frame is: clear, one uniform, one draw.
   */
  private draw(): void {
    const gl = this.gl;
    const gpu = this.gpu;
    if (!gl || !gpu || !this.haveMatrix || gl.isContextLost()) return;
    if (this.tween) {
      const { widths, done } = this.tween.at(performance.now());
      this.applyWidths(widths);
      this.upload(false);
      if (done) this.tween = null;
      else this.requestDraw();
    }
    if (this.dirty) this.prepare(gl, gpu);
    gl.clear(gl.COLOR_BUFFER_BIT);
    this.stats.draws++;
    if (!this.strip || this.strip.vertexCount === 0 || !this.styleTable) return;
    gl.uniform1f(gpu.program.uniforms.u_offset, (this.clock.time() * CHEVRON_SPEED) % CHEVRON_PERIOD);
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, this.strip.vertexCount);
  }

  /** Bind everything and set every uniform but the time: after a camera move, a data or focus change, a restore. */
  private prepare(gl: WebGL2RenderingContext, gpu: Gpu): void {
    this.dirty = false;
    matchCanvas(this.canvas, this.map.getCanvas());
    bindForDraws(gl, gpu, {
      matrix: this.matrix,
      size: [this.canvas.width, this.canvas.height],
      pixelRatio: this.canvas.width / Math.max(1, this.map.getCanvas().clientWidth),
      focus: focusUniforms(this.focus, (iso3) => this.countries.get(iso3)),
      hovered: this.hovered,
      colors: this.colors,
    });
  }

  private tick = (): void => {
    this.loop = 0;
    if (!this.clock.running) return;
    // MapLibre already drew the flows this frame (the camera moved): no second draw.
    if (!this.drewForCamera) this.draw();
    this.drewForCamera = false;
    this.loop = requestAnimationFrame(this.tick);
  };

  private startLoop(): void {
    if (!this.loop) this.loop = requestAnimationFrame(this.tick);
  }

  private stopLoop(): void {
    cancelAnimationFrame(this.loop);
    this.loop = 0;
  }

  /** One draw on the next frame, for a change while the animation is stopped. */
  private requestDraw(): void {
    if (this.loop || this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.draw();
    });
  }
}
