declare module 'virtual:dataset' {
  const dataset: import('./lib/data/schema.ts').Dataset;
  export default dataset;
  export const story: import('./lib/data/story.ts').Story;
  /** Each language's names and story but English's (data/i18n/), loaded on demand: a page needs only its own. */
  export const translations: Record<string, () => Promise<{ default: import('./lib/data/localise.ts').Translation }>>;
}

declare module 'virtual:theme.css';
