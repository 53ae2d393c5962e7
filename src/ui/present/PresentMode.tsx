// Present mode's screen: the stage on show and the way to step through the map, the projector
// options, quick-add and the workshop timer, laid over the map while the editor's tools hide.
// The panels sit in the four corners, beside the stage column rather than above it, so the column
// keeps the screen's full height; the lane names have their own column just left of the stage.
// In the overview, the panels narrow into columns beside a tall map, or a band above a wide one.
import { useCallback, useMemo, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n';
import {
  LANE_LABELS_WIDTH,
  LANE_LABELS_WIDTH_LARGE,
  LARGE_TEXT_SCALE,
  overviewArrangement,
  presentInsets,
  scrollToShow,
  stageOverflow,
} from '../../canvas/presentViewport';
import type { Id } from '../../model';
import { layoutJourney } from '../../model';
import { journeyStore, useJourney } from '../../store';
import { usePresentStore } from '../../store/presentStore';
import { stopPresenting, watchFullScreenExit } from '../../services/presenting';
import { JustAdded } from './JustAdded';
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

  const labels = largeText ? LANE_LABELS_WIDTH_LARGE : LANE_LABELS_WIDTH;
  const arrangement = screen ? overviewArrangement(layout, screen) : 'sides';
  const insets = useMemo(
    () =>
      // The bottom panels are only there on a stage; their last measured size must not linger.
      presentInsets(
        screen,
        { topLeft, topRight, ...(stage && { bottomLeft, bottomRight }) },
        !!stage,
        {
          gap: GAP,
          labels,
          minStageWidth: MIN_STAGE_WIDTH,
          arrangement,
        },
      ),
    [screen, topLeft, topRight, bottomLeft, bottomRight, stage, labels, arrangement],
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

  // A quick-added card is scrolled into view (the store already holds it) and highlighted a moment.
  const [added, setAdded] = useState<Id | null>(null);
  const addedBox = added ? layout.cards.get(added) : undefined;
  const clearAdded = useCallback(() => setAdded(null), []);
  const onAdded = useCallback(
    (id: Id) => {
      setAdded(id);
      if (!screen || stageIndex === null) return;
      const now = layoutJourney(journeyStore.getState().journey);
      const box = now.cards.get(id);
      if (!box) return;
      setScrolled({
        stageIndex,
        by: scrollToShow(now, stageIndex, box, screen, scroll, { insets, textScale }),
      });
    },
    [screen, stageIndex, scroll, insets, textScale],
  );

  usePresentCamera(layout, stageIndex, screen, insets, largeText, scroll);
  useStageScroller(scrollBy);
  useEffect(watchFullScreenExit, []);

  // "Whole map · 5 stages" may wrap beside the map: after the dot, never before it.
  const position = stage
    ? t('present.stageOf', { index: (stageIndex ?? 0) + 1, count, name: stageName })
    : t('present.overviewOf', { count }).replace(' · ', '\u00a0· ');

  return (
    <div
      className={`present-layer${stage ? '' : ` present-layer--overview-${arrangement}`}`}
      ref={screenRef}
    >
      {stageIndex !== null && (
        <PresentSpotlight
          layout={layout}
          lanes={journey.lanes}
          stageIndex={stageIndex}
          labelsWidth={labels}
        />
      )}
      {added && addedBox && <JustAdded key={added} box={addedBox} onDone={clearAdded} />}
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
            <QuickAdd stage={stage} stageName={stageName} onAdded={onAdded} />
          </div>
          <div className="present-corner present-corner--bottom-right" ref={bottomRightRef}>
            <WorkshopTimer key={stage.id} stageId={stage.id} stageName={stageName} />
          </div>
        </>
      )}
    </div>
  );
}
