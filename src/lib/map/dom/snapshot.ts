/**
 * A scene as one image of a frame (the slide's map): drawn on a second map, the frame's size, in a box of no
 * size beside the one on screen (inside the app, so its type styles apply; hidden from sight, pointers and
 * assistive technology), looking at what the screen shows clear of its panels, beside what the slide will cover
 * (frameView); captured, then removed. The map on screen does not move or change size. Any renderer: it gives
 * `build`, which makes a map of its kind in a given box and captures it.
 */
import type { Camera, Insets, MapInit, MapScene, MapView, SnapshotFrame } from '../types.ts';
import type { Viewport } from '../projection.ts';
import { unproject } from '../projection.ts';
import { fitPoints, frameView } from '../frame.ts';
import { FlowClock } from '../../flows/clock.ts';
import type { DrawnLabel } from './label-layer.ts';

/** One still frame of a map: the map, the flows over it and the labels, and where each label went. */
export type Capture = { canvas: HTMLCanvasElement; labels: DrawnLabel[] };
/** A map behind a MapView, and a way to capture a still of it. */
export type Built = { view: MapView; capture: (labelsLeftOf?: number) => Promise<Capture> };

type Source = { init: MapInit; ready: Promise<void>; view: () => Viewport; build: (init: MapInit, pixelRatio?: number) => Built };

/** A map that never draws (a lost WebGL context, no memory) must not leave the export waiting forever. */
const GIVE_UP_MS = 30_000;

export async function snapshotOn(source: Source, scene: MapScene, frame: SnapshotFrame, screenInsets?: Insets): Promise<HTMLCanvasElement> {
  await source.ready;
  const { init } = source;
  const screen = source.view();
  const camera: Camera = frame.fit?.length ? fitPoints(frame.fit, frame, screen.camera.zoom + 1) : screenCamera(screen, frame, screenInsets);
  const hidden = document.createElement('div');
  hidden.className = 'map-snapshot'; // the slide's own label sizes (app.css)
  hidden.setAttribute('aria-hidden', 'true');
  hidden.inert = true;
  hidden.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;overflow:hidden;pointer-events:none;';
  const box = document.createElement('div');
  box.style.cssText = `position:absolute;left:0;top:0;width:${frame.width}px;height:${frame.height}px;`;
  hidden.append(box);
  init.container.after(hidden);
  // The flows at this moment, standing still.
  const still = new FlowClock(() => 0, { playing: false });
  still.seek(init.clock.time());
  let twin: Built | null = null;
  try {
    twin = source.build(
      {
        ...init,
        container: box,
        scene,
        camera,
        unconstrained: true,
        cooperative: false,
        clock: still,
        onCamera: undefined,
        onHover: undefined,
        onSelectFlow: undefined,
        onSelect: () => {},
      },
      frame.pixelRatio,
    );
    let timer = 0;
    const { canvas, labels } = await Promise.race([
      twin.capture(frame.width - (frame.coveredRight ?? 0)),
      new Promise<never>((_, reject) => (timer = window.setTimeout(() => reject(new Error('the slide map did not draw within 30 s')), GIVE_UP_MS))),
    ]).finally(() => clearTimeout(timer));
    // Kept on the container for tests, like the camera: the zoom drawn at and where each label went.
    init.container.dataset.snapshot = JSON.stringify({
      width: canvas.width,
      height: canvas.height,
      zoom: +camera.zoom.toFixed(2),
      insets: screenInsets ?? null,
      labels,
    });
    return canvas;
  } finally {
    twin?.view.destroy(); // map.remove() and the flows' own context: both WebGL contexts are let go now
    hidden.remove();
  }
}

/** What the screen shows clear of its panels, beside what the slide will cover (frameView). */
function screenCamera(screen: Viewport, frame: SnapshotFrame, screenInsets?: Insets): Camera {
  const fitted = frameView(screen.camera.zoom, screen, frame, screenInsets);
  const [lng, lat] = unproject(screen, fitted.centre);
  return { lng, lat, zoom: fitted.zoom };
}
