/**
 * The overlay's GPU objects: the program, the strip's vertex buffer and its attribute layout, the per-flow style
 * texture; and their uploads. Made again from the CPU-side arrays after a lost context is restored.
 */
import { FLOATS_PER_VERTEX, type StripGeometry, type buildStyleTable } from './geometry.ts';
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
