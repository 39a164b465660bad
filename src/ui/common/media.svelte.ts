/**
 * A media query's answer, live: `narrow.matches` follows the window (call during a component's setup; the listener
 * goes with the component).
 */
export function mediaQuery(query: string): { readonly matches: boolean } {
  const list = window.matchMedia(query);
  let matches = $state(list.matches);
  $effect(() => {
    const onChange = () => (matches = list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  });
  return {
    get matches() {
      return matches;
    },
  };
}

/** Below 700 px: a phone's layout (app.css's breakpoint). */
export const NARROW = '(max-width: 699px)';
