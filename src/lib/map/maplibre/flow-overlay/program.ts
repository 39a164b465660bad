/** The flow shaders compiled and linked into one program, with its attribute and uniform locations. */
import vertexSource from './flows.vert.glsl?raw';
import fragmentSource from './flows.frag.glsl?raw';

export const UNIFORMS = [
  'u_matrix',
  'u_viewport',
  'u_pixelRatio',
  'u_flows',
  'u_flowsRow',
  'u_focusMode',
  'u_focusA',
  'u_focusB',
  'u_hover',
  'u_offset',
  'u_casing',
  'u_highlightEdge',
  'u_chevron',
] as const;
export const ATTRIBUTES = ['a_pos', 'a_miter', 'a_dist', 'a_flow'] as const;

export type FlowProgram = {
  program: WebGLProgram;
  uniforms: Record<(typeof UNIFORMS)[number], WebGLUniformLocation | null>;
  attributes: Record<(typeof ATTRIBUTES)[number], number>;
};

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS) && !gl.isContextLost()) {
    throw new Error(`flow shader: ${gl.getShaderInfoLog(shader)}`);
  }
  return shader;
}

export function createFlowProgram(gl: WebGL2RenderingContext): FlowProgram {
  const program = gl.createProgram()!;
  const vs = compile(gl, gl.VERTEX_SHADER, vertexSource);
  const fs = compile(gl, gl.FRAGMENT_SHADER, fragmentSource);
  gl.attachShader(program, vs);
  gl.attachShader(program, fs);
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
    throw new Error(`flow program: ${gl.getProgramInfoLog(program)}`);
  }
  gl.deleteShader(vs);
  gl.deleteShader(fs);
  const uniforms = Object.fromEntries(UNIFORMS.map((u) => [u, gl.getUniformLocation(program, u)])) as FlowProgram['uniforms'];
  const attributes = Object.fromEntries(ATTRIBUTES.map((a) => [a, gl.getAttribLocation(program, a)])) as FlowProgram['attributes'];
  return { program, uniforms, attributes };
}
