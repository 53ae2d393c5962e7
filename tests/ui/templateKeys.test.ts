// Arrow keys in the new-journey picker: left/right in reading order, up/down to the nearest tile
// in the row above or below, Home/End to the ends.
import { describe, expect, it } from 'vitest';
import { nextTile } from '../../src/ui/library/templateKeys';

/** Seven tiles laid out four to a row, 200 × 100 px each, as the picker shows them. */
function grid(): HTMLElement[] {
  return Array.from({ length: 7 }, (_, index) => {
    const tile = document.createElement('button');
    tile.textContent = `tile ${index}`;
    const left = (index % 4) * 200;
    const top = Math.floor(index / 4) * 100;
    tile.getBoundingClientRect = () => new DOMRect(left, top, 200, 100);
    return tile;
  });
}

describe('moving between template tiles with the keyboard', () => {
  const tiles = grid();
  const name = (tile: HTMLElement | undefined) => tile?.textContent;

  it('follows reading order with left and right, and stops at the ends', () => {
    expect(name(nextTile(tiles, tiles[3]!, 'ArrowRight'))).toBe('tile 4');
    expect(name(nextTile(tiles, tiles[4]!, 'ArrowLeft'))).toBe('tile 3');
    expect(nextTile(tiles, tiles[6]!, 'ArrowRight')).toBeUndefined();
    expect(nextTile(tiles, tiles[0]!, 'ArrowLeft')).toBeUndefined();
  });

  it('goes to the tile straight below or above', () => {
    expect(name(nextTile(tiles, tiles[1]!, 'ArrowDown'))).toBe('tile 5');
    expect(name(nextTile(tiles, tiles[5]!, 'ArrowUp'))).toBe('tile 1');
  });

  it('goes to the nearest tile below when the last row is shorter', () => {
    expect(name(nextTile(tiles, tiles[3]!, 'ArrowDown'))).toBe('tile 6');
    expect(nextTile(tiles, tiles[6]!, 'ArrowDown')).toBeUndefined();
  });

  it('jumps to the first and last tiles with Home and End', () => {
    expect(name(nextTile(tiles, tiles[4]!, 'Home'))).toBe('tile 0');
    expect(name(nextTile(tiles, tiles[1]!, 'End'))).toBe('tile 6');
  });

  it('ignores other keys', () => {
    expect(nextTile(tiles, tiles[1]!, 'Enter')).toBeUndefined();
  });
});
