// The dock's map overview: the whole map in miniature with a frame around the part on screen.
// Dragging in it pans the map and the wheel zooms, as on React Flow's minimap (XYMinimap does the
// gestures), but the picture is drawn from the model's layout (mapOverview.ts): a few paths
// that change only when the map does. A pan or zoom redraws the frame and nothing else.
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { Id, Journey, MapLayout } from '../model';
import {
  overviewFrame,
  overviewLayers,
  veilPath,
  visibleArea,
  type OverviewLayer,
  type Size,
} from './mapOverview';

interface MapOverviewProps {
  journey: Journey;
  layout: MapLayout;
  personaColors: ReadonlyMap<Id, string>;
  size: Size;
  label: string;
}

/**
 * What the overview needs from React Flow's store, compared field by field: it re-renders on a pan
 * or zoom, never on a change of the nodes.
 */
function selectView(state: ReactFlowState) {
  return {
    x: state.transform[0],
    y: state.transform[1],
    zoom: state.transform[2],
    width: state.width,
    height: state.height,
    panZoom: state.panZoom,
    translateExtent: state.translateExtent,
  };
}

function sameView(a: ReturnType<typeof selectView>, b: ReturnType<typeof selectView>): boolean {
  return (
    a.x === b.x &&
    a.y === b.y &&
    a.zoom === b.zoom &&
    a.width === b.width &&
    a.height === b.height &&
    a.panZoom === b.panZoom &&
    a.translateExtent === b.translateExtent
  );
}

/** The map's shapes: drawn again only when the map changes, never on a pan or zoom. */
const OverviewShapes = memo(function OverviewShapes({ layers }: { layers: OverviewLayer[] }) {
  return (
    <g>
      {layers.map((layer) => (
        <path
          key={layer.key}
          className={`map-overview__${layer.kind}`}
          d={layer.d}
          fill={layer.fill}
          stroke={layer.stroke ?? undefined}
        />
      ))}
    </g>
  );
});

export function MapOverview({ journey, layout, personaColors, size, label }: MapOverviewProps) {
  const store = useStoreApi();
  const view = useStore(selectView, sameView);
  // A big map's shapes are remade after an edit without holding up the edit itself.
  const shownJourney = useDeferredValue(journey);
  const shownLayout = useDeferredValue(layout);
  const layers = useMemo(
    () => overviewLayers(shownJourney, shownLayout, personaColors),
    [shownJourney, shownLayout, personaColors],
  );
  const area = visibleArea([view.x, view.y, view.zoom], view);
  const frame = overviewFrame(shownLayout, area, size);

  const svg = useRef<SVGSVGElement>(null);
  const gestures = useRef<XYMinimapInstance | null>(null);
  // How many map units a pixel of the overview is: a drag in it moves the map that much more.
  const unitsPerPixel = useRef(frame.unitsPerPixel);
  useEffect(() => {
    unitsPerPixel.current = frame.unitsPerPixel;
  }, [frame.unitsPerPixel]);

  useEffect(() => {
    if (!svg.current || !view.panZoom) return;
    const instance = XYMinimap({
      domNode: svg.current,
      panZoom: view.panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => unitsPerPixel.current,
    });
    gestures.current = instance;
    return () => {
      instance.destroy();
      gestures.current = null;
    };
  }, [store, view.panZoom]);

  useEffect(() => {
    gestures.current?.update({
      translateExtent: view.translateExtent,
      width: view.width,
      height: view.height,
      pannable: true,
      zoomable: true,
    });
  }, [view.panZoom, view.translateExtent, view.width, view.height]);

  return (
    <div className="map-overview" style={size}>
      <svg
        ref={svg}
        width={size.width}
        height={size.height}
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
        role="img"
        aria-label={label}
      >
        <OverviewShapes layers={layers} />
        <path
          className="map-overview__veil"
          d={veilPath(frame, area)}
          fillRule="evenodd"
          strokeWidth={2 * frame.unitsPerPixel}
        />
      </svg>
    </div>
  );
}
