// The React Flow node and edge types Parcours draws, and the data each one carries.
import type { Edge, Node } from '@xyflow/react';
import type { Card, Connector, ConnectorRoute, Lane, Stage } from '../model';

export type StageHeaderNode = Node<
  { stage: Stage; index: number; selected: boolean },
  'stageHeader'
>;
export type LaneHeaderNode = Node<{ lane: Lane; selected: boolean }, 'laneHeader'>;
export type CellNode = Node<
  { stage: Stage; lane: Lane; empty: boolean; selected: boolean },
  'cell'
>;
export type CardNode = Node<{ card: Card }, 'card'>;
export type EmotionPointNode = Node<
  { card: Card & { kind: 'emotion' }; color: string },
  'emotionPoint'
>;
/** `neutralY`: the height of the neutral line (score 0) in the node, below the lane's notes. */
export type EmotionCurveNode = Node<{ curves: EmotionCurve[]; neutralY: number }, 'emotionCurve'>;
/** Whose curve is whose in an emotions lane; `name` is null for the shared curve. */
export type CurveLegendNode = Node<
  { entries: { key: string; color: string; name: string | null }[] },
  'curveLegend'
>;
/** The score a dragged emotion point snaps to, shown beside it during the drag. */
export type DragScoreNode = Node<{ score: number }, 'dragScore'>;
/** The whole map as one picture, zoomed far out (farView.ts); `cardCount` cards are drawn in it. */
export type MapPictureNode = Node<{ bitmap: ImageBitmap; cardCount: number }, 'mapPicture'>;

export interface EmotionCurve {
  key: string;
  color: string;
  /** In the background while the map is focused on something else (see focus.ts). */
  dimmed: boolean;
  /** Points relative to the curve node's own origin. */
  points: { x: number; y: number }[];
}

export type ParcoursNode =
  | StageHeaderNode
  | LaneHeaderNode
  | CellNode
  | CardNode
  | EmotionPointNode
  | EmotionCurveNode
  | CurveLegendNode
  | DragScoreNode
  | MapPictureNode;

/** A connector, drawn along its route round the cards (model/connectorRoutes.ts). */
export type ConnectorEdge = Edge<{ connector: Connector; route: ConnectorRoute }, 'connector'>;
