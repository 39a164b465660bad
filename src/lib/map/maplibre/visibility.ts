/**
 * Whether an element can be seen at all: its tab is visible and it is at least partly on screen. An embed
 * below the fold, or a tab in the background, should cost nothing; the caller suspends its animation.
 */
export function watchVisibility(element: Element, onChange: (visible: boolean) => void): () => void {
  let onScreen = true; // until the observer says otherwise
  let last: boolean | null = null;
  const report = () => {
    const visible = onScreen && document.visibilityState !== 'hidden';
    if (visible !== last) onChange((last = visible));
  };
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          onScreen = entries.at(-1)?.isIntersecting ?? onScreen;
          report();
        })
      : null;
  observer?.observe(element);
  document.addEventListener('visibilitychange', report);
  report();
  return () => {
    observer?.disconnect();
    document.removeEventListener('visibilitychange', report);
  };
}
