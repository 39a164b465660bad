/**
 * The overlay's GPU objects: the program, the strip's vertex buffer and its attribute layout, the per-flow style
 * texture; and their uploads. Made again from the CPU-side arrays after a lost context is restored.
 */
import type { FlowFocus } from '../../types.ts';
import { FLOATS_PER_VERTEX, STYLE_ROW, type StripGeometry, type buildStyleTable } from './geometry.ts';
import { createFlowProgram, type FlowProgram } from './program.ts';

export type Gpu = { program: FlowProgram; vao: WebGLVertexArrayObject; buffer: WebGLBuffer; texture: WebGLTexture };

export function createGpu(gl: WebGL2RenderingContext): Gpu {
  const program = createFlowProgram(gl);
  const vao = gl.createVertexArray()!;
  const buffer = gl.createBuffer()!;
  const texture = gl.createTexture()!;
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  const stride = FLOATS_PER_VERTEX * 4;
  const attribute = (location: number, size: number, offset: number) => {
    if (location < 0) return;
    gl.enableVertexAttribArray(location);
    gl.vertexAttribPointer(location, size, gl.FLOAT, false, stride, offset);
  };
  attribute(program.attributes.a_pos, 2, 0);
  attribute(program.attributes.a_miter, 2, 8);
  attribute(program.attributes.a_dist, 1, 16);
  attribute(program.attributes.a_flow, 1, 20);
  gl.bindVertexArray(null);
  gl.bindTexture(gl.TEXTURE_2D, texture);
  for (const [k, v] of [
    [gl.TEXTURE_MIN_FILTER, gl.NEAREST],
    [gl.TEXTURE_MAG_FILTER, gl.NEAREST],
    [gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE],
    [gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE],
  ] as const)
    gl.texParameteri(gl.TEXTURE_2D, k, v);
  return { program, vao, buffer, texture };
}

/** Send the strip (when its geometry changed) and the style table to the GPU. */
export function upload(gl: WebGL2RenderingContext, gpu: Gpu, strip: StripGeometry | null, styles: ReturnType<typeof buildStyleTable> | null): void {
  if (strip) {
    gl.bindBuffer(gl.ARRAY_BUFFER, gpu.buffer);
    gl.bufferData(gl.ARRAY_BUFFER, strip.vertices, gl.STATIC_DRAW);
  }
  if (styles) {
    gl.bindTexture(gl.TEXTURE_2D, gpu.texture);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, styles.width, styles.height, 0, gl.RGBA, gl.FLOAT, styles.data);
  }
}

/** What a draw needs besides the time: the camera, the canvas, focus and highlight, the theme's colours. */
export type DrawState = {
  matrix: Float32Array;
  size: [number, number];
  pixelRatio: number;
  /** Focus mode (0 none, 1 a country, 2 a corridor) and the countries' indices. */
  focus: [number, number, number];
  hovered: number;
  colors: Record<'casing' | 'highlightEdge' | 'chevron', [number, number, number]>;
};

/**
 * Bind everything and set every uniform but the time (after a camera move, a data or focus change, a restore).
 * The context is the overlay's alone, so this holds for every frame until the next change.
 */
export function bindForDraws(gl: WebGL2RenderingContext, gpu: Gpu, s: DrawState): void {
  gl.viewport(0, 0, s.size[0], s.size[1]);
  gl.clearColor(0, 0, 0, 0);
  gl.enable(gl.BLEND);
  gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA); // premultiplied alpha, as MapLibre blends
  gl.useProgram(gpu.program.program);
  gl.bindVertexArray(gpu.vao);
  gl.activeTexture(gl.TEXTURE0);
  gl.bindTexture(gl.TEXTURE_2D, gpu.texture);
  const u = gpu.program.uniforms;
  gl.uniform1i(u.u_flows, 0);
  gl.uniform1i(u.u_flowsRow, STYLE_ROW);
  gl.uniformMatrix4fv(u.u_matrix, false, s.matrix);
  gl.uniform2f(u.u_viewport, s.size[0], s.size[1]);
  gl.uniform1f(u.u_pixelRatio, s.pixelRatio);
  gl.uniform1i(u.u_focusMode, s.focus[0]);
  gl.uniform1f(u.u_focusA, s.focus[1]);
  gl.uniform1f(u.u_focusB, s.focus[2]);
  gl.uniform1f(u.u_hover, s.hovered);
  gl.uniform3fv(u.u_casing, s.colors.casing);
  gl.uniform3fv(u.u_highlightEdge, s.colors.highlightEdge);
  gl.uniform3fv(u.u_chevron, s.colors.chevron);
}

/** The overlay's canvas matched to the map's: same drawing-buffer size (device pixels), same CSS size. */
export function matchCanvas(canvas: HTMLCanvasElement, source: HTMLCanvasElement): void {
  if (canvas.width !== source.width || canvas.height !== source.height) [canvas.width, canvas.height] = [source.width, source.height];
  const w = source.style.width || `${source.clientWidth}px`;
  const h = source.style.height || `${source.clientHeight}px`;
  if (canvas.style.width !== w) canvas.style.width = w;
  if (canvas.style.height !== h) canvas.style.height = h;
}

/** The focus as the shader takes it: a mode and two countries' indices (-2 matches no flow: all fade). */
export function focusUniforms(f: FlowFocus, indexOf: (iso3: string) => number | undefined): [number, number, number] {
  const index = (iso3: string) => indexOf(iso3) ?? -2;
  if (!f) return [0, -1, -1];
  if (f.kind === 'country') return [1, index(f.iso3), -1];
  return [2, index(f.a), index(f.b)];
}
