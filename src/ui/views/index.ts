/**
 * The pages shown over the map, one per view of the URL but the map itself (the home view). A new page is a
 * component here and an entry in src/app/views.ts (what Esc does there) and in VIEWS (lib/state/url.ts).
 */
import type { Component } from 'svelte';
import type { View } from '../../lib/state/url.ts';
import type { Controller } from '../../app/controller.svelte.ts';

/** A page reads the view's state and sends commands through the controller, like the masthead. */
export type PageProps = { onClose: () => void; app: Controller };

/**
 * Each page is a chunk of its own, fetched when it is first opened (`?view=`): the first view, the map, does
 * not wait for tables, the timeline, compare or the downloads. Loaded once; the import caches it.
 */
export const PAGES: Record<Exclude<View, 'map'>, () => Promise<{ default: Component<PageProps> }>> = {
  sources: () => import('./SourcesPage.svelte'),
  table: () => import('./TablesPage.svelte'),
  timeline: () => import('./TimelinePage.svelte'),
  compare: () => import('./ComparePage.svelte'),
};
