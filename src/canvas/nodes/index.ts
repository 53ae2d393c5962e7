// The node components React Flow draws, keyed by node type. Defined once, outside any component.
import type { NodeTypes } from '@xyflow/react';
import './nodes.css';
import { CardNodeView } from './CardNodeView';
import { Cell } from './Cell';
import { CurveLegend } from './CurveLegend';
import { DragScore } from './DragScore';
import { EmotionCurveView } from './EmotionCurve';
import { EmotionPoint } from './EmotionPoint';
import { LaneHeader } from './LaneHeader';
import { MapPicture } from './MapPicture';
import { StageHeader } from './StageHeader';
// The map's focus and highlight look travels with its nodes, wherever the canvas is shown.
import './focus.css';

export const nodeTypes: NodeTypes = {
  stageHeader: StageHeader,
  laneHeader: LaneHeader,
  cell: Cell,
  card: CardNodeView,
  emotionPoint: EmotionPoint,
  emotionCurve: EmotionCurveView,
  curveLegend: CurveLegend,
  dragScore: DragScore,
  mapPicture: MapPicture,
};
