// The minimap's colours: each cell in a light tint of its lane's colour, outlined in its stage's
// colour, and each card in its kind's colour, so the overview reads as the map's grid.
import type { Node } from '@xyflow/react';
import { cardKindColors, tint } from '../model';
import type { ParcoursNode } from './flowTypes';

const NONE = 'transparent';

export function minimapFill(node: Node): string {
  const mapNode = node as ParcoursNode;
  switch (mapNode.type) {
    case 'cell':
      return /^#[0-9a-f]{6}$/i.test(mapNode.data.lane.color)
        ? tint(mapNode.data.lane.color, 0.3)
        : mapNode.data.lane.color;
    case 'card':
      return cardKindColors(mapNode.data.card.kind).line;
    case 'emotionPoint':
      return mapNode.data.color;
    case 'stageHeader':
      return mapNode.data.stage.color;
    case 'laneHeader':
      return mapNode.data.lane.color;
    case 'emotionCurve':
    case 'curveLegend':
    case 'dragScore':
    case 'mapPicture':
      return NONE;
  }
}

export function minimapStroke(node: Node): string {
  const mapNode = node as ParcoursNode;
  return mapNode.type === 'cell' ? mapNode.data.stage.color : NONE;
}
