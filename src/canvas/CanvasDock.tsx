// The dock at the map's left edge: the card palette, the view buttons (zoom, fit all, fit width,
// fit height) and the map overview. It sits beside the map, never over it, so it covers no card.
// On a screen narrower than 1440 px the overview starts hidden and the dock is a narrow strip of
// drawings; showing the overview widens the dock, and the palette then names its kinds.
import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { useTranslation } from '../i18n';
import { shortcutOf } from '../commands/commands';
import { CardPalette } from './CardPalette';
import { LineIcon } from './kindIcons';
import './canvasDock.css';
import { glideMs } from './motion';
import { useFitMap } from './useFitMap';
import { MapOverview } from './MapOverview';
import type { Id, Journey, MapLayout } from '../model';

/** From this screen width up, the map overview is shown when the editor opens. */
export const MINIMAP_MIN_SCREEN = 1440;
const ZOOM_GLIDE_MS = 200;
const MINIMAP_SIZE = { width: 184, height: 120 };

function FitIcon({ mode }: { mode: 'all' | 'width' | 'height' | 'in' | 'out' | 'overview' }) {
  const paths = {
    all: 'M3 7V3h4 M13 3h4v4 M17 13v4h-4 M7 17H3v-4',
    width: 'M2 10h16 M5 7l-3 3 3 3 M15 7l3 3-3 3',
    height: 'M10 2v16 M7 5l3-3 3 3 M7 15l3 3 3-3',
    in: 'M4 10h12 M10 4v12',
    out: 'M4 10h12',
    overview: 'M2 4h16v12H2z M5 7h5v4H5z',
  };
  return <LineIcon d={paths[mode]} />;
}

interface CanvasDockProps {
  /** The overview waits for the map's first paint (JourneyCanvas). */
  minimapReady: boolean;
  journey: Journey;
  layout: MapLayout;
  personaColors: ReadonlyMap<Id, string>;
}

export function CanvasDock({ minimapReady, journey, layout, personaColors }: CanvasDockProps) {
  const { t } = useTranslation();
  const { zoomIn, zoomOut } = useReactFlow();
  const fit = useFitMap();
  const [minimap, setMinimap] = useState(
    // A media query, not innerWidth: reading innerWidth while the editor is first drawn makes the
    // browser lay out the page there and then.
    () =>
      globalThis.matchMedia
        ? globalThis.matchMedia(`(min-width: ${MINIMAP_MIN_SCREEN}px)`).matches
        : (globalThis.innerWidth ?? MINIMAP_MIN_SCREEN) >= MINIMAP_MIN_SCREEN,
  );
  const buttons = [
    {
      icon: 'in',
      label: t('view.zoomIn'),
      run: () => void zoomIn({ duration: glideMs(ZOOM_GLIDE_MS) }),
    },
    {
      icon: 'out',
      label: t('view.zoomOut'),
      run: () => void zoomOut({ duration: glideMs(ZOOM_GLIDE_MS) }),
    },
    { icon: 'all', label: t('view.fitAll'), keys: shortcutOf('zoomToFit'), run: () => fit('all') },
    {
      icon: 'width',
      label: t('view.fitWidth'),
      keys: shortcutOf('fitWidth'),
      run: () => fit('width'),
    },
    {
      icon: 'height',
      label: t('view.fitHeight'),
      keys: shortcutOf('fitHeight'),
      run: () => fit('height'),
    },
  ] as const;
  return (
    <aside className={`canvas-dock${minimap ? ' canvas-dock--wide' : ''}`}>
      <CardPalette compact={!minimap} />
      <div className="canvas-dock__view" role="toolbar" aria-label={t('view.label')}>
        {buttons.map((button) => (
          <button
            key={button.icon}
            type="button"
            aria-label={button.label}
            title={'keys' in button ? `${button.label} (${button.keys})` : button.label}
            onClick={button.run}
          >
            <FitIcon mode={button.icon} />
          </button>
        ))}
        <button
          type="button"
          aria-pressed={minimap}
          aria-label={t('view.showMinimap')}
          title={minimap ? t('view.hideMinimap') : t('view.showMinimap')}
          onClick={() => setMinimap(!minimap)}
        >
          <FitIcon mode="overview" />
        </button>
      </div>
      {minimap && minimapReady && (
        <MapOverview
          journey={journey}
          layout={layout}
          personaColors={personaColors}
          size={MINIMAP_SIZE}
          label={t('canvas.minimap')}
        />
      )}
    </aside>
  );
}
