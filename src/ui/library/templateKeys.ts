// Arrow-key movement between the tiles of the new-journey picker: left and right follow reading
// order, up and down go to the nearest tile in the row above or below, Home and End to the ends.
export function nextTile(
  tiles: readonly HTMLElement[],
  from: HTMLElement,
  key: string,
): HTMLElement | undefined {
  const index = tiles.indexOf(from);
  if (index < 0) return undefined;
  if (key === 'ArrowRight') return tiles[index + 1];
  if (key === 'ArrowLeft') return tiles[index - 1];
  if (key === 'Home') return tiles[0];
  if (key === 'End') return tiles.at(-1);
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return undefined;
  const here = from.getBoundingClientRect();
  const centre = here.left + here.width / 2;
  const down = key === 'ArrowDown';
  let best: { tile: HTMLElement; rows: number; columns: number } | undefined;
  for (const tile of tiles) {
    const box = tile.getBoundingClientRect();
    const rows = down ? box.top - here.top : here.top - box.top;
    if (rows < 1) continue;
    const columns = Math.abs(box.left + box.width / 2 - centre);
    if (
      !best ||
      rows < best.rows - 1 ||
      (Math.abs(rows - best.rows) <= 1 && columns < best.columns)
    ) {
      best = { tile, rows, columns };
    }
  }
  return best?.tile;
}
