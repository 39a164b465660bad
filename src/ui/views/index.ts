/**
 * The pages shown over the map, one per view of the URL but the map itself (the home view). A new page is a
 * component here and an entry in src/app/views.ts (what Esc does there) and in VIEWS (lib/state/url.ts).
 */
import type { Component } from 'svelte';
import type { View } from '../../lib/state/url.ts';
import SourcesPage from './SourcesPage.svelte';

export type PageProps = { onClose: () => void };

export const PAGES: Record<Exclude<View, 'map'>, Component<PageProps>> = {
  sources: SourcesPage,
};
