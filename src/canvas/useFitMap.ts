// The fit commands' effect on the map: the whole map, its width or its height, fitted to the pane
// (initialViewport.ts computes where), with a short glide unless the person prefers less motion.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { FitMode } from '../commands/commands';
import { layoutJourney } from '../model';
import { journeyStore } from '../store';
import { fitViewport } from './initialViewport';
import { glideMs } from './motion';

const GLIDE_MS = 300;

export function useFitMap(): (mode: FitMode) => void {
  const { getViewport, setViewport } = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (mode: FitMode) => {
      const { width, height } = store.getState();
      if (width <= 0 || height <= 0) return;
      const layout = layoutJourney(journeyStore.getState().journey);
      const viewport = fitViewport(layout, { width, height }, getViewport(), mode);
      void setViewport(viewport, { duration: glideMs(GLIDE_MS) });
    },
    [getViewport, setViewport, store],
  );
}
