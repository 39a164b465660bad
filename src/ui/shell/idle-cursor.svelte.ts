/** A projector shows no pointer once it rests: true after 2.5 s without a move, while `active()` holds. */
export function idleCursor(active: () => boolean): { readonly idle: boolean } {
  let idle = $state(false);
  $effect(() => {
    if (!active()) return;
    let timer = 0;
    const wake = () => {
      idle = false;
      clearTimeout(timer);
      timer = window.setTimeout(() => (idle = true), 2500);
    };
    wake();
    window.addEventListener('pointermove', wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      idle = false;
    };
  });
  return {
    get idle() {
      return idle;
    },
  };
}
