/**
 * What every component that renders facts reads: the dataset's model and story, the reader's language and the
 * current theme. The controller provides it (it has all four); a test harness provides a plain object.
 */
import { createContext } from 'svelte';
import type { Model } from '../../lib/queries/index.ts';
import type { Story } from '../../lib/data/story.ts';
import type { I18n } from '../../lib/i18n/index.ts';
import type { Theme } from '../../lib/theme/index.ts';

export type AppContext = { readonly model: Model; readonly story: Story; readonly i18n: I18n; readonly theme: Theme };

export const [getApp, setApp] = createContext<AppContext>();
