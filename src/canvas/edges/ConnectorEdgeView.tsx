// A connector on the map: its routed line round the cards, with rounded corners, and its label on
// a plate at the route's label point (both from model/connectorRoutes.ts, as in every export).
import { BaseEdge, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { memo } from 'react';
import { LABEL_PLATE, roundedCorners, type Point } from '../../model';
import type { ConnectorEdge } from '../flowTypes';
import './edges.css';

/** The route as an SVG path: straight steps, each corner a quarter circle. */
export function routePath(points: readonly Point[]): string {
  const [first] = points;
  if (!first) return '';
  return roundedCorners(points).reduce(
    (path, part) =>
      'c1' in part
        ? `${path} C ${part.c1.x} ${part.c1.y}, ${part.c2.x} ${part.c2.y}, ${part.to.x} ${part.to.y}`
        : `${path} L ${part.to.x} ${part.to.y}`,
    `M ${first.x} ${first.y}`,
  );
}

const LABEL_PADDING: [number, number] = [LABEL_PLATE.paddingX, 2];

export const ConnectorEdgeView = memo(function ConnectorEdgeView({
  id,
  data,
  label,
  style,
  interactionWidth,
}: EdgeProps<ConnectorEdge>) {
  if (!data) return null;
  const { route } = data;
  return (
    <BaseEdge
      id={id}
      path={routePath(route.points)}
      label={label}
      labelX={route.label?.x}
      labelY={route.label?.y}
      labelShowBg
      labelBgPadding={LABEL_PADDING}
      labelBgBorderRadius={4}
      style={style}
      interactionWidth={interactionWidth}
    />
  );
});

export const edgeTypes: EdgeTypes = { connector: ConnectorEdgeView };
