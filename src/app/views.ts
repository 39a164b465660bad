/**
 * The app's views (the `view` of the URL) and what Esc, or a page's back, does in each. The map is the home
 * view; every other view is a page over it (ui/views/ renders each). A new view is an entry in VIEWS
 * (lib/state/url.ts), one here and one in ui/views/index.ts: the types ask for all three.
 */
import type { View } from '../lib/state/url.ts';

/** What going back does: close the open panel, or return to the map. */
export type Back = 'closePanel' | 'showMap';

export type ViewSpec = {
  /** What Esc does in this view, given whether a country or corridor panel is open; null: nothing. */
  back: (s: { panelOpen: boolean }) => Back | null;
};

export const VIEW_SPECS: Record<View, ViewSpec> = {
  map: { back: ({ panelOpen }) => (panelOpen ? 'closePanel' : null) },
  sources: { back: () => 'showMap' },
  table: { back: () => 'showMap' },
  timeline: { back: () => 'showMap' },
  compare: { back: () => 'showMap' },
};
