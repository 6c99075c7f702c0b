// Keeps a selected row visible in a window of `height` rows, moving the window as little as possible.
export function scrollTop(selected: number, total: number, height: number, previousTop: number): number {
  if (total <= height) return 0;
  let top = Math.min(Math.max(previousTop, 0), total - height);
  if (selected < top) top = selected;
  if (selected >= top + height) top = selected - height + 1;
  return Math.max(0, Math.min(top, total - height));
}

/** The index of `key` in `keys`, else the nearest valid index to `fallback`. */
export function indexOfKey(keys: string[], key: string | undefined, fallback: number): number {
  const i = key === undefined ? -1 : keys.indexOf(key);
  if (i >= 0) return i;
  return Math.max(0, Math.min(fallback, keys.length - 1));
}
