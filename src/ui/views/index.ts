/**
 * The pages shown over the map, one per view of the URL but the map itself (the home view). A new page is a
 * component here and an entry in src/app/views.ts (what Esc does there) and in VIEWS (lib/state/url.ts).
 */
import type { Component } from 'svelte';
import type { View } from '../../lib/state/url.ts';
import type { Controller } from '../../app/controller.svelte.ts';
import SourcesPage from './SourcesPage.svelte';
import TablesPage from './TablesPage.svelte';
import TimelinePage from './TimelinePage.svelte';
import ComparePage from './ComparePage.svelte';

/** A page reads the view's state and sends commands through the controller, like the masthead. */
export type PageProps = { onClose: () => void; app: Controller };

export const PAGES: Record<Exclude<View, 'map'>, Component<PageProps>> = {
  sources: SourcesPage,
  table: TablesPage,
  timeline: TimelinePage,
  compare: ComparePage,
};
