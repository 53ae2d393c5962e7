// Dragging cards. React Flow's own drag hands the whole node list back through React and its store
// on every pointer move, which on a 1,000-card map costs most of a frame when 50 cards move. Cards
// are dragged here instead: one style rule shifts every dragged card, so a pointer move renders
// nothing and React Flow's store does not change. Connectors follow in a transition, after the
// cards have moved. The document changes once, on the drop, as one undo step.
// Emotion points keep React Flow's drag: they snap to whole scores (pointDrag.ts).
import { useReactFlow, useStoreApi } from '@xyflow/react';
import {
  startTransition,
  useCallback,
  useEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import type { Id, Rect } from '../model';
import type { ConnectorEdge, ParcoursNode } from './flowTypes';
import { journeyStore, useUiStore } from '../store';

/** The dragged cards and how far they have moved, in map units. */
export interface CardDragOffset {
  ids: ReadonlySet<Id>;
  dx: number;
  dy: number;
}

/** The pointer must travel this far (screen pixels) before a press becomes a drag, not a click. */
const DRAG_THRESHOLD = 3;
/** Near the map's edge the view scrolls along, up to this many screen pixels a frame. */
const AUTO_PAN = { edge: 40, speed: 12 };
/**
 * While the view scrolls along, React Flow is told where the dragged cards are this often (ms):
 * it draws only the nodes whose place is on screen, and would otherwise drop a dragged card once
 * the place it started from scrolled out of view.
 */
const PLACE_WHILE_PANNING_MS = 120;
/** Set on React Flow's root while cards are dragged (cursor, and a sign for tests and the bench). */
export const DRAGGING_ATTRIBUTE = 'data-dragging-cards';

/** The cards' boxes with the dragged ones moved by the drag's offset. */
export function shiftedRects(
  cards: ReadonlyMap<Id, Rect>,
  drag: CardDragOffset | null,
): ReadonlyMap<Id, Rect> {
  if (!drag || (drag.dx === 0 && drag.dy === 0)) return cards;
  const shifted = new Map(cards);
  for (const id of drag.ids) {
    const rect = cards.get(id);
    if (rect) shifted.set(id, { ...rect, x: rect.x + drag.dx, y: rect.y + drag.dy });
  }
  return shifted;
}

/** A press here belongs to something inside the card: a connector handle, the text editor, a button. */
export function pressStaysInside(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('.react-flow__handle, .nodrag, input, textarea, button, [contenteditable]') !==
      null
  );
}

/** How far the view should scroll this frame for a pointer at `point` in `pane` (screen pixels). */
export function autoPanStep(
  point: { x: number; y: number },
  pane: { left: number; top: number; right: number; bottom: number },
): { x: number; y: number } {
  const along = (value: number, low: number, high: number) => {
    if (value < low + AUTO_PAN.edge)
      return Math.min(1, (low + AUTO_PAN.edge - value) / AUTO_PAN.edge);
    if (value > high - AUTO_PAN.edge)
      return -Math.min(1, (value - (high - AUTO_PAN.edge)) / AUTO_PAN.edge);
    return 0;
  };
  return {
    x: Math.round(along(point.x, pane.left, pane.right) * AUTO_PAN.speed),
    y: Math.round(along(point.y, pane.top, pane.bottom) * AUTO_PAN.speed),
  };
}

interface Press {
  pointerId: number;
  cardId: Id;
  from: { x: number; y: number };
  at: { x: number; y: number };
  /** The pointer's place on the map when the drag started; null until the press becomes a drag. */
  start: { x: number; y: number } | null;
  ids: ReadonlySet<Id>;
  offset: { dx: number; dy: number };
  /** How far React Flow has been told the cards moved (only while the view scrolls along). */
  placed: { dx: number; dy: number };
}

/** The style rule that shifts the dragged cards, in a style element of its own. */
function shiftRule(ids: ReadonlySet<Id>): { element: HTMLStyleElement; rule: CSSStyleRule } | null {
  const element = document.createElement('style');
  document.head.append(element);
  const selector = [...ids].map((id) => `.react-flow__node[data-id="${CSS.escape(id)}"]`).join();
  const sheet = element.sheet;
  if (!sheet) {
    element.remove();
    return null;
  }
  // Above every other card, on a compositor layer of their own: a move only moves the layers.
  sheet.insertRule(`${selector} { z-index: 1000 !important; will-change: translate; }`);
  return { element, rule: sheet.cssRules[0] as CSSStyleRule };
}

/**
 * Cards dragged with the pointer. `drop` receives the dragged cards and their offset once the
 * pointer is released; returns the offset for routing connectors (null when nothing is dragged)
 * and the pointer-down handler for React Flow's root.
 */
export function useCardDrag(nodes: readonly ParcoursNode[], drop: (drag: CardDragOffset) => void) {
  const { screenToFlowPosition } = useReactFlow();
  const store = useStoreApi<ParcoursNode, ConnectorEdge>();
  const nodesRef = useRef(nodes);
  // Set while React Flow holds dragged cards moved (the view scrolled along): tells it again.
  const placeAgain = useRef<(() => void) | null>(null);
  // React Flow takes a new node list (an edit arrived mid-drag) in its own effect, before this one.
  useEffect(() => {
    nodesRef.current = nodes;
    placeAgain.current?.();
  }, [nodes]);
  const [offset, setOffset] = useState<CardDragOffset | null>(null);
  const dropRef = useRef(drop);
  useEffect(() => {
    dropRef.current = drop;
  }, [drop]);
  const stop = useRef<(() => void) | null>(null);
  // A drag in progress when the canvas goes away ends without changing anything.
  useEffect(() => () => stop.current?.(), []);

  // On React Flow's root: a press anywhere on a card, its rounded corners included, starts here.
  const onPointerDown = useCallback(
    (event: ReactPointerEvent) => {
      if (event.button !== 0 || stop.current || journeyStore.getState().readOnly) return;
      if (!(event.target instanceof Element) || pressStaysInside(event.target)) return;
      const cardId = event.target.closest('.react-flow__node-card')?.getAttribute('data-id');
      const root = event.currentTarget;
      if (!cardId) return;
      const press: Press = {
        pointerId: event.pointerId,
        cardId,
        from: { x: event.clientX, y: event.clientY },
        at: { x: event.clientX, y: event.clientY },
        start: null,
        ids: new Set(),
        offset: { dx: 0, dy: 0 },
        placed: { dx: 0, dy: 0 },
      };
      const adding = event.shiftKey || event.metaKey || event.ctrlKey;
      let shift: ReturnType<typeof shiftRule> = null;
      let frame = 0;
      let placedAt = 0;
      // The map's bounds, read when the drag starts: read every frame, they would make the browser
      // restyle the page each frame, right after the dragged cards' rule changed.
      let pane = { left: 0, top: 0, right: 0, bottom: 0 };

      // The nodes React Flow holds, with the dragged cards moved by `by` (nothing for no move).
      const tellReactFlow = (by: { dx: number; dy: number }) => {
        const moved = by.dx !== 0 || by.dy !== 0;
        press.placed = by;
        placeAgain.current = moved ? () => tellReactFlow(press.placed) : null;
        store.getState().setNodes(
          nodesRef.current.map((node) =>
            moved && press.ids.has(node.id)
              ? {
                  ...node,
                  position: { x: node.position.x + by.dx, y: node.position.y + by.dy },
                }
              : node,
          ),
        );
      };

      // The cards under the pointer; `tell` also tells React Flow where they are now.
      const place = (tell = false) => {
        if (!press.start) return;
        const now = screenToFlowPosition(press.at, { snapToGrid: false });
        press.offset = { dx: now.x - press.start.x, dy: now.y - press.start.y };
        if (tell) tellReactFlow(press.offset);
        const { dx, dy } = press.offset;
        const { placed } = press;
        shift?.rule.style.setProperty('translate', `${dx - placed.dx}px ${dy - placed.dy}px`);
        const moved = { ids: press.ids, ...press.offset };
        startTransition(() => setOffset(moved));
      };

      // Near the map's edge the view scrolls along, and the cards with it.
      const pan = () => {
        frame = requestAnimationFrame(pan);
        const step = autoPanStep(press.at, pane);
        if (step.x === 0 && step.y === 0) return;
        void store.getState().panBy(step);
        const due = performance.now() - placedAt > PLACE_WHILE_PANNING_MS;
        if (due) placedAt = performance.now();
        place(due);
      };

      const begin = () => {
        const { selection, select } = useUiStore.getState();
        const selected = selection?.kind === 'cards' ? selection.ids : [];
        // Dragging a card outside the selection drags that card (added to it with a modifier key).
        const ids = selected.includes(cardId)
          ? selected
          : adding
            ? [...selected, cardId]
            : [cardId];
        if (!selected.includes(cardId)) select({ kind: 'cards', ids });
        // Selected emotion points stay: they move by score, with React Flow's drag (pointDrag.ts).
        const { cards } = journeyStore.getState().journey;
        press.ids = new Set(ids.filter((id) => cards[id] && cards[id].kind !== 'emotion'));
        press.start = screenToFlowPosition(press.from, { snapToGrid: false });
        pane = root.getBoundingClientRect();
        shift = shiftRule(press.ids);
        root.setAttribute(DRAGGING_ATTRIBUTE, '');
        frame = requestAnimationFrame(pan);
      };

      const onMove = (move: PointerEvent) => {
        if (move.pointerId !== press.pointerId) return;
        press.at = { x: move.clientX, y: move.clientY };
        if (!press.start) {
          const travel = Math.hypot(press.at.x - press.from.x, press.at.y - press.from.y);
          if (travel < DRAG_THRESHOLD) return;
          begin();
        }
        place();
      };

      // The click that ends a drag is not a click on the card: it must not change the selection.
      const swallowClick = (click: MouseEvent) => {
        click.stopPropagation();
        window.removeEventListener('click', swallowClick, true);
      };

      const finish = (commit: boolean) => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        window.removeEventListener('pointercancel', onCancel);
        window.removeEventListener('keydown', onKey, true);
        stop.current = null;
        // A press that never became a drag (a click) moved nothing and has nothing to undo.
        if (!press.start) return;
        cancelAnimationFrame(frame);
        shift?.element.remove();
        if (placeAgain.current) tellReactFlow({ dx: 0, dy: 0 });
        root.removeAttribute(DRAGGING_ATTRIBUTE);
        setOffset(null);
        window.addEventListener('click', swallowClick, true);
        // A click comes at once after the release if it comes at all.
        setTimeout(() => window.removeEventListener('click', swallowClick, true), 0);
        if (commit) dropRef.current({ ids: press.ids, ...press.offset });
      };
      const onUp = (up: PointerEvent) => {
        if (up.pointerId === press.pointerId) finish(true);
      };
      const onCancel = (cancel: PointerEvent) => {
        if (cancel.pointerId === press.pointerId) finish(false);
      };
      // Escape puts the cards back where they were, and does nothing else.
      const onKey = (key: KeyboardEvent) => {
        if (key.key !== 'Escape' || !press.start) return;
        key.preventDefault();
        key.stopPropagation();
        finish(false);
      };

      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
      window.addEventListener('keydown', onKey, true);
      stop.current = () => finish(false);
    },
    [screenToFlowPosition, store],
  );

  return { offset, onPointerDown };
}
