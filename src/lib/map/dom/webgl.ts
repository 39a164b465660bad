/** Probing the browser for WebGL before loading a renderer that needs it. */
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
