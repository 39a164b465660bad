import { mount } from 'svelte';
import App from './ui/shell/App.svelte';
import { pickLanguage } from './lib/i18n/index.ts';
import { langOf } from './lib/state/url.ts';
import 'virtual:theme.css';
import './app.css';

// The page's language before anything renders (the controller keeps it in step with the URL after).
document.documentElement.lang = pickLanguage(langOf(new URLSearchParams(location.search).get('lang')), navigator.languages);

mount(App, { target: document.getElementById('app')! });
