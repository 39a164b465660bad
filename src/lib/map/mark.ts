/** An origin's mark as every canvas draws it (the slide's map, its legend's key): a translucent disc, solid edge. */
export function drawMarkDisc(ctx: CanvasRenderingContext2D, x: number, y: number, radius: number, color: string, edge: number): void {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, 2 * Math.PI);
  ctx.globalAlpha = 0.45; // the map style's circle-opacity
  ctx.fillStyle = color;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = color;
  ctx.lineWidth = edge;
  ctx.stroke();
}
