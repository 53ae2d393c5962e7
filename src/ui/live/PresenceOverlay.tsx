// The others on the map, drawn over the canvas in map coordinates: their pointers with their names,
// rings round the cards they selected (each in their colour), and the dots voted on each card.
// It also tells the others where this person's pointer is and what they selected.
import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { dotsByCard } from '../../live/room';
import { sharePresence, useLiveStore } from '../../services/live/liveSession';
import { useJourney, useUiStore } from '../../store';
import type { EditorKit as FlowKit } from './editorKit';
import { useLiveText } from './liveText';

const POINTER_EVERY_MS = 60;

function useSharePointer({ useReactFlow }: FlowKit) {
  const { screenToFlowPosition } = useReactFlow();
  useEffect(() => {
    let last = 0;
    const onMove = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      const now = performance.now();
      if (now - last < POINTER_EVERY_MS) return;
      last = now;
      const onMap = event.target instanceof Element && event.target.closest('.react-flow');
      const point = onMap ? screenToFlowPosition({ x: event.clientX, y: event.clientY }) : null;
      sharePresence({ cursor: point && { x: Math.round(point.x), y: Math.round(point.y) } });
    };
    const onLeave = () => sharePresence({ cursor: null });
    window.addEventListener('pointermove', onMove, { passive: true });
    document.documentElement.addEventListener('pointerleave', onLeave);
    return () => {
      window.removeEventListener('pointermove', onMove);
      document.documentElement.removeEventListener('pointerleave', onLeave);
    };
  }, [screenToFlowPosition]);
}

function useShareSelection() {
  useEffect(() => {
    const share = () => {
      const selection = useUiStore.getState().selection;
      sharePresence({ selection: selection?.kind === 'cards' ? selection.ids.slice(0, 200) : [] });
    };
    share();
    return useUiStore.subscribe((state, previous) => {
      if (state.selection !== previous.selection) share();
    });
  }, []);
}

/** The card's box on the map, or null while it is not laid out. */
function useCardBox({ useStore }: FlowKit, cardId: string) {
  const node = useStore((s) => s.nodeLookup.get(cardId));
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  return {
    x,
    y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

function VoteDots({
  flow,
  cardId,
  count,
  zoom,
}: {
  flow: FlowKit;
  cardId: string;
  count: number;
  zoom: number;
}) {
  const text = useLiveText();
  const box = useCardBox(flow, cardId);
  if (!box) return null;
  const label = count === 1 ? text('oneDot') : text('dotCount', { count });
  return (
    <div
      className="live-dots"
      data-card={cardId}
      title={label}
      style={{
        transform: `translate(${box.x + box.width}px, ${box.y}px) scale(${1 / zoom})`,
      }}
    >
      <span aria-hidden="true">●</span> {count}
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

/**
 * A box over a card, `margin` pixels wider on each side: a veil over a card with no dots while the
 * map is focused on the voted ones, or a ring in someone's colour round a card they selected.
 */
function CardBox({
  flow,
  cardId,
  className,
  margin = 0,
  colour,
}: {
  flow: FlowKit;
  cardId: string;
  className: string;
  margin?: number;
  colour?: string;
}) {
  const box = useCardBox(flow, cardId);
  if (!box) return null;
  return (
    <div
      className={className}
      style={{
        transform: `translate(${box.x - margin}px, ${box.y - margin}px)`,
        width: box.width + 2 * margin,
        height: box.height + 2 * margin,
        borderColor: colour,
      }}
    />
  );
}

export function PresenceOverlay({ flow }: { flow: FlowKit }) {
  const text = useLiveText();
  const { useStore } = flow;
  // React Flow's layer that moves and zooms with the map.
  const layer = useStore((s) => s.domNode?.querySelector('.react-flow__viewport-portal') ?? null);
  useSharePointer(flow);
  useShareSelection();
  const peers = useLiveStore((s) => s.peers);
  const votes = useLiveStore((s) => s.votes);
  const cards = useJourney((s) => s.journey.cards);
  const zoom = useStore((s) => s.transform[2]);
  const byVotes = useLiveStore((s) => s.byVotes && s.settings.dots > 0);
  const totals = useMemo(() => dotsByCard(votes, new Set(Object.keys(cards))), [votes, cards]);
  const others = peers.filter((peer) => !peer.self);
  if (!layer) return null;
  return createPortal(
    <div className="live-overlay" aria-hidden="true">
      {byVotes &&
        Object.keys(cards)
          .filter((id) => !totals.has(id))
          .map((id) => (
            <CardBox key={`veil:${id}`} flow={flow} cardId={id} className="live-veil" />
          ))}
      {others.flatMap((peer) =>
        peer.selection
          .filter((id) => id in cards)
          .map((id) => (
            <CardBox
              key={`${peer.clientId}:${id}`}
              flow={flow}
              cardId={id}
              className="live-ring"
              margin={4}
              colour={peer.colour}
            />
          )),
      )}
      {[...totals].map(([id, count]) => (
        <VoteDots key={id} flow={flow} cardId={id} count={count} zoom={zoom} />
      ))}
      {others.map(
        (peer) =>
          peer.cursor && (
            <div
              key={peer.clientId}
              className="live-cursor"
              title={text('cursorOf', { name: peer.name })}
              style={{
                transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${1 / zoom})`,
                color: peer.colour,
              }}
            >
              <svg width="18" height="20" viewBox="0 0 18 20">
                <path
                  d="M1 1 L1 17 L5.5 13 L9 19 L12 17.5 L8.5 12 L15 12 Z"
                  fill="currentColor"
                  stroke="#fff"
                  strokeWidth="1.5"
                />
              </svg>
              <span style={{ background: peer.colour }}>{peer.name}</span>
            </div>
          ),
      )}
    </div>,
    layer,
  );
}
