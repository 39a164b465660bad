/** What App provides to components, made from the fixture dataset: for component tests. */
import type { Component } from 'svelte';
import { render } from '@testing-library/svelte';
import { loadAll } from '../../../src/lib/data/load.ts';
import { createModel } from '../../../src/lib/queries/index.ts';
import { i18n } from '../../../src/lib/i18n/index.ts';
import { THEMES } from '../../../src/lib/theme/index.ts';
import type { AppContext } from '../../../src/ui/common/context.ts';
import { readFixture } from '../helpers.ts';
import Harness from './Harness.svelte';

const { dataset, story } = loadAll(readFixture);
export const context: AppContext = { model: createModel(dataset), story, i18n: i18n('en'), theme: THEMES.light };

/** Render a component as App would, with the fixture's context. */
export function renderInApp<P extends Record<string, unknown>>(component: Component<P>, props: P) {
  return render(Harness as unknown as Component<{ context: AppContext; component: Component<P>; inner: P }>, {
    props: { context, component, inner: props },
  });
}
