/**
 * Two things can point at a flow: the pointer on the map, and keyboard focus (or the pointer) in the flows
 * list. Each keeps its own slot; the pointer on the map wins while it is there, and when it leaves, the list's
 * choice shows again. What is highlighted on the map and what the tooltip says both come from here.
 */
import type { MapHover } from '../lib/map/types.ts';

export type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

export type Pointing = {
  /** What the pointer is over on the map (a flow, an origin's mark or a country), with its position in the map. */
  map: MapHover | null;
  /** The flow (or, from a status legend, the country) focused in a list, with the list item's box on screen. */
  list: { id: string; box: Box; kind?: 'flow' | 'country' } | null;
};

export const NOTHING: Pointing = { map: null, list: null };

/** A flow or a mark under the pointer wins over the list's choice; a country under it only names the country. */
const pointerWins = (p: Pointing) => p.map !== null && (p.map.kind !== 'country' || p.list === null);

/** The flow drawn highlighted. */
export function highlighted(p: Pointing): string | null {
  if (pointerWins(p)) return p.map!.kind === 'flow' ? p.map!.id : null;
  return p.list && p.list.kind !== 'country' ? p.list.id : null;
}

/** Where a tooltip is anchored: at the pointer (map coordinates), or beside a list item (screen box). */
export type Anchor = { kind: 'pointer'; x: number; y: number } | { kind: 'beside'; box: Box };

/** What the tooltip is about and where it goes, or null. */
export function tooltipTarget(p: Pointing): { kind: 'flow' | 'mark' | 'country'; id: string; anchor: Anchor } | null {
  if (pointerWins(p)) return { kind: p.map!.kind, id: p.map!.id, anchor: { kind: 'pointer', x: p.map!.x, y: p.map!.y } };
  if (p.list) return { kind: p.list.kind ?? 'flow', id: p.list.id, anchor: { kind: 'beside', box: p.list.box } };
  return null;
}

/**
 * The tooltip's point in the map's CSS px and which way it opens: away from the map's far edges at the pointer;
 * beside a list item, on the side facing the map.
 */
export function placeTooltip(anchor: Anchor, area: Box): { x: number; y: number; flip: { x: boolean; y: boolean } } {
  if (anchor.kind === 'pointer') return { x: anchor.x, y: anchor.y, flip: { x: anchor.x > area.width * 0.6, y: anchor.y > area.height * 0.6 } };
  const b = anchor.box;
  const leftHalf = b.left - area.left < area.width / 2;
  return { x: leftHalf ? b.right - area.left - 10 : b.left - area.left + 10, y: b.top - area.top - 10, flip: { x: !leftHalf, y: false } };
}
