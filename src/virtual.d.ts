declare module 'virtual:dataset' {
  const dataset: import('./lib/data/schema.ts').Dataset;
  export default dataset;
  export const story: import('./lib/data/story.ts').Story;
}

declare module 'virtual:theme.css';
