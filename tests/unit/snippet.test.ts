// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedSnippet, snippetKey } from '../../src/lib/embed/snippet.ts';

const base = {
  embedUrl: 'https://maps.example.org/corridors/?country=UZB&embed=1',
  fullUrl: 'https://maps.example.org/corridors/?country=UZB',
  key: 'corridors-uzb',
  title: 'Map: labour migration from Central Asia',
  linkText: 'Open the map of labour migration from Central Asia',
};

describe('embed snippet', () => {
  it('gives an iframe with a title, lazy loading, the Datawrapper id and a plain link', () => {
    const html = embedSnippet({ ...base, height: 640 });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.id).toBe('datawrapper-chart-corridors-uzb');
    expect(iframe.title).toBe(base.title);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('height')).toBe('640');
    expect(new URL(iframe.src).searchParams.get('embedId')).toBe('corridors-uzb');
    expect(new URL(iframe.src).searchParams.get('embed')).toBe('1');
    expect(doc.querySelector('a')!.href).toBe(base.fullUrl);
    expect(doc.querySelector('script')).toBeNull();
  });

  it('adds its own height listener when responsive', () => {
    const html = embedSnippet({ ...base, height: 'responsive' });
    expect(html).toContain('datawrapper-height');
    expect(html).toContain('e.source===f.contentWindow');
  });

  it('escapes what it puts in attributes and text', () => {
    const html = embedSnippet({ ...base, title: 'A "quoted" <title>', linkText: '<b>x</b>', key: 'k"><script>', height: 500 });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('iframe')!.title).toBe('A "quoted" <title>');
    expect(doc.querySelector('iframe')!.id).toBe('datawrapper-chart-kscript');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('a')!.textContent).toBe('<b>x</b>');
  });

  it('makes keys that are safe, differ by view and differ between two embeds of one view', () => {
    const fixed = () => 0.5;
    expect(snippetKey('?country=UZB', fixed)).toMatch(/^corridors-[a-z0-9]+-[a-z0-9]{5}$/);
    expect(snippetKey('?country=UZB', fixed)).not.toBe(snippetKey('?country=KAZ', fixed));
    expect(snippetKey('?country=UZB', () => 0.1)).not.toBe(snippetKey('?country=UZB', () => 0.2));
    expect(snippetKey('?country=UZB', () => 1)).toMatch(/-[a-z0-9]{5}$/);
  });
});
