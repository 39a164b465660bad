import { mount } from 'svelte';
import App from './ui/shell/App.svelte';
import { pickLanguage, isLang } from './lib/i18n/index.ts';
import 'virtual:theme.css';
import './app.css';

// The page's language before anything renders (the controller keeps it in step with the URL after).
const asked = new URLSearchParams(location.search).get('lang')?.toLowerCase();
document.documentElement.lang = pickLanguage(isLang(asked) ? asked : null, navigator.languages);

mount(App, { target: document.getElementById('app')! });
