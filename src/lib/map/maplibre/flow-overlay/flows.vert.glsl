#version 300 es
// One vertex of a flow's triangle strip: a point of the arc (0..1 Mercator) pushed sideways along its miter by
// half the quad's width in screen pixels, so a line keeps its pixel width at every zoom. Per-flow colour,
// width and endpoints come from a small table (u_flows), so changing them never touches the geometry.
precision highp float;
precision highp int;
precision highp sampler2D;

uniform mat4 u_matrix;        // MapLibre's mainMatrix: 0..1 Mercator to clip space
uniform vec2 u_viewport;      // drawing buffer size, device pixels
uniform float u_pixelRatio;   // device pixels per CSS pixel
uniform sampler2D u_flows;    // texel 2i: (r, g, b, width in CSS px); texel 2i+1: (origin, destination, opacity, -)
uniform int u_flowsRow;       // texels per row of u_flows
uniform int u_focusMode;      // 0: every flow shown; 1: flows touching country u_focusA; 2: flows between u_focusA and u_focusB
uniform float u_focusA;
uniform float u_focusB;
uniform float u_hover;        // index of the flow under the pointer or keyboard focus, -1 for none

in vec2 a_pos;
in vec2 a_miter;
in float a_dist;              // Mercator units along the arc from its origin
in float a_flow;              // flow index * 2 + side (0: one side, 1: the other)

out vec3 v_color;
out float v_along;            // CSS px along the arc from its origin
out float v_across;           // CSS px from the centre line, signed
out float v_halfWidth;        // CSS px
out float v_fade;
out float v_hover;

const float CASING = 1.25;           // light edge around each line, CSS px
const float CHEVRON_MIN_HALF = 3.25;  // on thin lines the chevrons stick out this far from the centre

vec4 flowTexel(int i) {
  return texelFetch(u_flows, ivec2(i % u_flowsRow, i / u_flowsRow), 0);
}

void main() {
  int packed = int(a_flow + 0.5);
  int index = packed >> 1;
  float side = (packed & 1) == 1 ? 1.0 : -1.0;
  vec4 style = flowTexel(2 * index);
  vec4 ends = flowTexel(2 * index + 1);

  bool hovered = float(index) == u_hover;
  float halfWidth = style.a * 0.5 + (hovered ? 1.0 : 0.0);
  float halfQuad = max(halfWidth + CASING, CHEVRON_MIN_HALF) + 1.0;

  vec4 clip = u_matrix * vec4(a_pos, 0.0, 1.0);
  vec2 toPx = u_viewport * 0.5 / clip.w; // clip xy to device px (the map is never pitched, so w is the same everywhere)
  vec2 miterPx = (u_matrix * vec4(a_miter, 0.0, 0.0)).xy * toPx;
  vec2 offsetPx = normalize(miterPx) * length(a_miter) * halfQuad * u_pixelRatio * side;
  clip.xy += offsetPx / toPx;
  gl_Position = clip;

  float pxPerUnit = length(u_matrix[0].xy * toPx) / u_pixelRatio;
  v_along = a_dist * pxPerUnit;
  v_across = side * halfQuad;
  v_halfWidth = halfWidth;
  v_color = style.rgb;
  v_hover = hovered ? 1.0 : 0.0;

  float o = ends.x;
  float d = ends.y;
  bool inFocus = u_focusMode == 0
    || (u_focusMode == 1 && (o == u_focusA || d == u_focusA))
    || (u_focusMode == 2 && ((o == u_focusA && d == u_focusB) || (o == u_focusB && d == u_focusA)));
  v_fade = (inFocus || hovered ? 1.0 : 0.18) * (hovered ? 1.0 : ends.z); // ends.z: the line's own opacity (a minor one recedes)
  // A direction without a value in the year or measure shown (width 0) is not drawn: its vertices leave the clip
  // volume, and the strip's joins around it stay degenerate.
  if (style.a <= 0.0) gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
}
