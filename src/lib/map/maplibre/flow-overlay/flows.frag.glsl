#version 300 es
// A flow line with a light casing and chevrons pointing from origin to destination. The chevrons move by
// u_offset (from the animation clock), so one uniform animates every flow; with the clock paused they are
// static arrowheads. Antialiased over one CSS pixel across the line; output is premultiplied, like MapLibre's.
precision highp float;

uniform float u_offset;       // CSS px the chevrons have travelled, already wrapped to one PERIOD
uniform vec3 u_casing;        // the theme's colours (src/lib/theme): the light edge around every line,
uniform vec3 u_highlightEdge; // the edge of the highlighted line,
uniform vec3 u_chevron;       // and the chevrons on thick lines

in vec3 v_color;
in float v_along;
in float v_across;
in float v_halfWidth;
in float v_fade;
in float v_hover;

out vec4 fragColor;

const float CASING = 1.25;
const float CHEVRON_MIN_HALF = 3.25;
const float PERIOD = 30.0;     // CSS px between chevrons
const float SLANT = 0.8;       // how far back an arm reaches per px out from the centre

// Premultiplied "source over destination".
vec4 over(vec4 src, vec4 dst) {
  return src + dst * (1.0 - src.a);
}

void main() {
  float across = abs(v_across);
  float casing = clamp(v_halfWidth + CASING + 0.5 - across, 0.0, 1.0);
  float line = clamp(v_halfWidth + 0.5 - across, 0.0, 1.0);

  // Thick lines carry light chevrons inside; thin ones get chevrons in their own colour, wider than the line.
  bool thick = v_halfWidth >= 3.0;
  float armHalf = thick ? v_halfWidth * 0.72 : CHEVRON_MIN_HALF;
  float stroke = thick ? max(1.1, v_halfWidth * 0.26) : 1.1;
  float u = mod(v_along - u_offset, PERIOD) - PERIOD * 0.5; // the tip sits at u = 0
  float arm = u + across * SLANT;
  float chevron = clamp(stroke + 0.5 - abs(arm), 0.0, 1.0) * clamp(armHalf + 0.5 - across, 0.0, 1.0);
  // No chevron in the first few pixels, where the line leaves its origin.
  chevron *= clamp((v_along - 4.0) / 4.0, 0.0, 1.0);

  vec3 edge = v_hover > 0.5 ? u_highlightEdge : u_casing;
  vec4 c = vec4(edge, 1.0) * casing * (v_hover > 0.5 ? 1.0 : 0.8);
  c = over(vec4(v_color, 1.0) * line, c);
  c = thick ? over(vec4(u_chevron, 1.0) * chevron * 0.9, c) : over(vec4(v_color, 1.0) * chevron, c);
  fragColor = c * v_fade;
}
