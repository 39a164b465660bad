import { describe, expect, it } from 'vitest';
import { embedIds, heightMessages, parsePymMessage } from '../../src/lib/embed/resize.ts';

describe('embed height messages', () => {
  it('speaks Pym.js, Datawrapper and AMP', () => {
    expect(heightMessages(612.2, { pymChildId: 'corridors-map', embedId: 'corridors-uzb' })).toEqual([
      'pymxPYMxcorridors-mapxPYMxheightxPYMx613',
      { 'datawrapper-height': { 'corridors-uzb': 613 } },
      { sentinel: 'amp', type: 'embed-size', height: 613 },
    ]);
  });

  it('leaves out Pym when no Pym parent framed us', () => {
    expect(heightMessages(400, { pymChildId: null, embedId: 'corridors' })).toHaveLength(2);
  });

  it('reads Pym width messages addressed to us only', () => {
    expect(parsePymMessage('pymxPYMxmapxPYMxwidthxPYMx640', 'map')).toEqual({ type: 'width', message: '640' });
    expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'map')).toBeNull();
    expect(parsePymMessage({ type: 'width' }, 'map')).toBeNull();
    expect(parsePymMessage('pymxPYMxmapxPYMxwidth', 'map')).toBeNull();
  });

  it('takes ids from the URL only when they are plain', () => {
    expect(embedIds('?childId=map-1&embedId=corridors_uzb')).toEqual({ pymChildId: 'map-1', embedId: 'corridors_uzb' });
    expect(embedIds('?childId=<script>&embedId=a"b')).toEqual({ pymChildId: null, embedId: 'corridors' });
  });
});
