import { mount } from 'svelte';
import App from './ui/shell/App.svelte';
import { pageLanguage, themeOf } from './lib/state/url.ts';
import { loadLanguage } from './app/language.ts';
import { THEMES, themeFor } from './lib/theme/index.ts';
import 'virtual:theme.css';
import './app.css';

// The page's language before anything renders (the controller reads the same; switching loads the page again),
// and its theme: the reader's `?theme=`, else the system's preference, so a dark reader never sees a light flash
// (the app keeps it in step with the URL and the system after).
const root = document.documentElement;
const lang = pageLanguage(location.search, navigator.languages);
root.lang = lang;
const theme = themeFor({
  presenting: false, // presenter mode switches to its theme as it enters
  chosen: themeOf(new URLSearchParams(location.search).get('theme')),
  systemDark: window.matchMedia('(prefers-color-scheme: dark)').matches,
});
root.dataset.theme = theme;
root.style.colorScheme = THEMES[theme].scheme;

// Another language than English: its messages and names load first (two small chunks). Not a top-level await:
// with one, the bundler must move every module this script shares with a lazy chunk into chunks of their own.
void loadLanguage(lang).then(() => mount(App, { target: document.getElementById('app')! }));
