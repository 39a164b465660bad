/** A right-pointing chevron as an SDF-ready alpha mask; MapLibre rotates it along each flow line. */
export function chevronImage(size = 24): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.strokeStyle = '#000';
  ctx.lineWidth = size * 0.16;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(size * 0.36, size * 0.22);
  ctx.lineTo(size * 0.66, size * 0.5);
  ctx.lineTo(size * 0.36, size * 0.78);
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}
