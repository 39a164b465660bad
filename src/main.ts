import { mount } from 'svelte';
import App from './ui/shell/App.svelte';
import { pageLanguage } from './lib/state/url.ts';
import 'virtual:theme.css';
import './app.css';

// The page's language before anything renders (the controller reads the same; switching loads the page again).
document.documentElement.lang = pageLanguage(location.search, navigator.languages);

mount(App, { target: document.getElementById('app')! });
