// Focuses an element of a virtualized list once it has been drawn: after a scroll the virtualizer
// renders the row a frame or two later, so look for it on the next few animation frames.
const FRAMES = 20;

export function focusWhenDrawn(selector: string, onFound?: (el: HTMLElement) => void): () => void {
  let id = 0;
  let left = FRAMES;
  const look = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) {
      el.focus({ preventScroll: false });
      onFound?.(el);
      return;
    }
    if (--left > 0) id = requestAnimationFrame(look);
  };
  id = requestAnimationFrame(look);
  return () => cancelAnimationFrame(id);
}
