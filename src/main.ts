import { mount } from 'svelte';
import App from './ui/shell/App.svelte';
import { pickLanguage } from './lib/i18n/index.ts';
import { langOf, themeOf } from './lib/state/url.ts';
import { THEMES, themeFor } from './lib/theme/index.ts';
import 'virtual:theme.css';
import './app.css';

// The page's language and theme before anything renders (the app keeps both in step with the URL and the system
// after): the reader's `?theme=`, else the system's preference, so a dark reader never sees a light flash.
const params = new URLSearchParams(location.search);
const root = document.documentElement;
root.lang = pickLanguage(langOf(params.get('lang')), navigator.languages);
const theme = themeFor({
  presenting: false, // presenter mode switches to its theme as it enters
  chosen: themeOf(params.get('theme')),
  systemDark: window.matchMedia('(prefers-color-scheme: dark)').matches,
});
root.dataset.theme = theme;
root.style.colorScheme = THEMES[theme].scheme;

mount(App, { target: document.getElementById('app')! });
