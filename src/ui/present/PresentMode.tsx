// Present mode's screen: the stage on show and the way to step through the map, the projector
// options, quick-add and the workshop timer, laid over the map while the editor's tools hide.
// The panels sit in the four corners, beside the centred stage column rather than above it, so
// the column keeps the screen's full height.
import { useCallback, useMemo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LARGE_TEXT_SCALE,
  stageOverflow,
  type Insets,
  type Size,
} from '../../canvas/presentViewport';
import { layoutJourney } from '../../model';
import { journeyStore, useJourney } from '../../store';
import { usePresentStore } from '../../store/presentStore';
import { stopPresenting, watchFullScreenExit } from '../../services/presenting';
import { PresentSpotlight } from './PresentSpotlight';
import { QuickAdd } from './QuickAdd';
import { useMeasuredSize, usePresentCamera } from './usePresentCamera';
import { useStageScroller } from '../../commands/useCommandKeys';
import { WorkshopTimer } from './WorkshopTimer';
import './present.css';

/** Breathing room between the panels, the screen's edge and the framed stage. */
const GAP = 16;
/** Narrower than this between the side panels, the stage goes between top and bottom panels. */
const MIN_STAGE_WIDTH = 200;
/** One Down arrow scrolls a tall stage by this share of the screen. */
const SCROLL_SHARE = 0.6;

/** The class names present mode puts on the editor's root: '' when not presenting. */
export function usePresentClasses(): string {
  const active = usePresentStore((s) => s.active);
  const highContrast = usePresentStore((s) => s.highContrast);
  const largeText = usePresentStore((s) => s.largeText);
  if (!active) return '';
  return ` present${highContrast ? ' present--high-contrast' : ''}${largeText ? ' present--large-text' : ''}`;
}

interface Corners {
  topLeft: Size | null;
  topRight: Size | null;
  bottomLeft: Size | null;
  bottomRight: Size | null;
}

/** The room the framed map leaves for the corner panels, on a screen of `screen`'s size. */
function insetsFor(screen: Size | null, corners: Corners, onStage: boolean): Insets {
  const w = (size: Size | null) => size?.width ?? 0;
  const h = (size: Size | null) => size?.height ?? 0;
  const top = Math.max(h(corners.topLeft), h(corners.topRight)) + 2 * GAP;
  const bottom = Math.max(h(corners.bottomLeft), h(corners.bottomRight)) + 2 * GAP;
  const side =
    Math.max(
      w(corners.topLeft),
      w(corners.bottomLeft),
      w(corners.topRight),
      w(corners.bottomRight),
    ) +
    2 * GAP;
  if (!onStage) return { top, right: GAP, bottom: GAP, left: GAP };
  if (screen && screen.width - 2 * side >= MIN_STAGE_WIDTH) {
    return { top: GAP, right: side, bottom: GAP, left: side };
  }
  return { top, right: GAP, bottom, left: GAP };
}

export function PresentMode() {
  const { t } = useTranslation();
  const journey = useJourney((s) => s.journey);
  const layout = useMemo(() => layoutJourney(journey), [journey]);
  const requested = usePresentStore((s) => s.stageIndex);
  const highContrast = usePresentStore((s) => s.highContrast);
  const largeText = usePresentStore((s) => s.largeText);
  const present = usePresentStore.getState();
  const [screenRef, screen] = useMeasuredSize();
  const [topLeftRef, topLeft] = useMeasuredSize();
  const [topRightRef, topRight] = useMeasuredSize();
  const [bottomLeftRef, bottomLeft] = useMeasuredSize();
  const [bottomRightRef, bottomRight] = useMeasuredSize();

  const count = journey.stages.length;
  // A stage removed while presenting (another tab, undo) must not leave the index dangling.
  const stageIndex = requested === null || count === 0 ? null : Math.min(requested, count - 1);
  const stage = stageIndex === null ? null : journey.stages[stageIndex];
  const stageName = stage ? stage.name || t('canvas.untitled') : '';

  const insets = useMemo(
    () => insetsFor(screen, { topLeft, topRight, bottomLeft, bottomRight }, stage !== null),
    [screen, topLeft, topRight, bottomLeft, bottomRight, stage],
  );
  // Where the left-hand panels are on screen (they are pinned GAP from the corners).
  const leftPanels = useMemo(
    () =>
      [
        topLeft && { x: GAP, y: GAP, ...topLeft },
        bottomLeft &&
          screen && { x: GAP, y: screen.height - GAP - bottomLeft.height, ...bottomLeft },
      ].filter((panel) => !!panel),
    [topLeft, bottomLeft, screen],
  );
  const textScale = largeText ? LARGE_TEXT_SCALE : 1;
  const overflow =
    screen && stageIndex !== null
      ? stageOverflow(layout, stageIndex, screen, { insets, textScale })
      : 0;
  // Scrolling belongs to the stage it was done on: stepping starts the next one from its header.
  const [scrolled, setScrolled] = useState({ stageIndex, by: 0 });
  const scroll = scrolled.stageIndex === stageIndex ? Math.min(scrolled.by, overflow) : 0;
  const scrollBy = useCallback(
    (direction: 1 | -1) => {
      const step = (screen?.height ?? 0) * SCROLL_SHARE * direction;
      setScrolled({ stageIndex, by: Math.max(0, Math.min(overflow, scroll + step)) });
    },
    [screen, overflow, scroll, stageIndex],
  );

  usePresentCamera(layout, stageIndex, screen, insets, largeText, scroll);
  useStageScroller(scrollBy);
  useEffect(watchFullScreenExit, []);

  const position = stage
    ? t('present.stageOf', { index: (stageIndex ?? 0) + 1, count, name: stageName })
    : t('present.overviewOf', { count });

  return (
    <div className="present-layer" ref={screenRef}>
      {stageIndex !== null && (
        <PresentSpotlight
          layout={layout}
          lanes={journey.lanes}
          stageIndex={stageIndex}
          panels={leftPanels}
        />
      )}
      <div className="present-corner present-corner--top-left" ref={topLeftRef}>
        <p className="present-position" role="status" aria-label={t('present.position')}>
          {position}
        </p>
      </div>
      <div className="present-corner present-corner--top-right" ref={topRightRef}>
        <nav className="present-panel" aria-label={t('present.navigation')}>
          <button
            type="button"
            aria-pressed={stageIndex === null}
            title={t('present.overviewHint')}
            onClick={present.overview}
          >
            {t('present.overview')}
          </button>
          <button
            type="button"
            disabled={stageIndex === null}
            title={t('present.previousHint')}
            onClick={present.previous}
          >
            <span aria-hidden="true">← </span>
            {t('present.previous')}
          </button>
          <button
            type="button"
            className="present-next"
            disabled={count === 0 || stageIndex === count - 1}
            title={t('present.nextHint')}
            onClick={() => present.next(journeyStore.getState().journey.stages.length)}
          >
            {t('present.next')}
            <span aria-hidden="true"> →</span>
          </button>
        </nav>
        <div className="present-panel">
          {(
            [
              { label: 'present.highContrast', on: highContrast, set: present.setHighContrast },
              { label: 'present.largeText', on: largeText, set: present.setLargeText },
            ] as const
          ).map(({ label, on, set }) => (
            <button key={label} type="button" aria-pressed={on} onClick={() => set(!on)}>
              {t(label)}
            </button>
          ))}
          <button type="button" title={t('present.leaveHint')} onClick={stopPresenting}>
            {t('present.leave')}
          </button>
        </div>
      </div>
      {stage && (
        <>
          <div className="present-corner present-corner--bottom-left" ref={bottomLeftRef}>
            <QuickAdd stage={stage} stageName={stageName} />
          </div>
          <div className="present-corner present-corner--bottom-right" ref={bottomRightRef}>
            <WorkshopTimer key={stage.id} stageId={stage.id} stageName={stageName} />
          </div>
        </>
      )}
    </div>
  );
}
