// The whole map as one picture, shown when the canvas is zoomed too far out to read its cards
// (farView.ts). A canvas element the bitmap is drawn into once; React Flow scales it with the view.
// Decorative for screen readers: the cells stay on the map, and the card under the keyboard's
// cursor is mounted as a node of its own.
import type { NodeProps } from '@xyflow/react';
import { memo, useLayoutEffect, useRef } from 'react';
import type { MapPictureNode } from '../flowTypes';

export const MapPicture = memo(function MapPicture({ data }: NodeProps<MapPictureNode>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { bitmap } = data;
  useLayoutEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, bitmap.width, bitmap.height);
    context.drawImage(bitmap, 0, 0);
  }, [bitmap]);
  return (
    <canvas
      ref={canvas}
      className="map-picture"
      width={bitmap.width}
      height={bitmap.height}
      data-cards={data.cardCount}
      aria-hidden="true"
    />
  );
});
