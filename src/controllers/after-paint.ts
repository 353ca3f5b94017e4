/**
 * Runs `callback` once the next frame has been painted: a task posted from
 * `requestAnimationFrame` runs after that frame's style, layout and paint. For work that must
 * not land in the frame about to show something (the list's look-ahead page, its overhang rows).
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback));
}
