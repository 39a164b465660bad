import { createContext } from 'svelte';
import type { Model } from '../lib/queries/index.ts';

/** The dataset model, set once by App and read by any component that renders facts. */
export const [getModel, setModel] = createContext<Model>();
