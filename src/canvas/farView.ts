// Far zoom: below FAR_ZOOM a card's text is a few pixels high and nobody can read it, so the map is
// drawn as one picture from the model's scene (services/farPicture.ts) instead of as a node per
// card. The cells stay (they take clicks), and so do the cards someone is working on: selected,
// being edited, or under the keyboard's cursor. Zooming back in mounts every card on screen again.
// The picture is swapped in only once it is drawn, so crossing the threshold never flashes.
import { useEffect, useState } from 'react';
import type { Messages } from '../i18n/en';
import type { Id, Journey, MapLayout, Persona } from '../model';
import { drawFarPicture, type FarPicture } from '../services/farPicture';
import type { MapPictureNode, ParcoursNode } from './flowTypes';

/** Below this zoom the map is one picture. Cards' 15 px text is then under 4.5 px on screen. */
export const FAR_ZOOM = 0.3;
/** Edits made while zoomed far out are drawn again after this pause, not on every keystroke. */
const REDRAW_DELAY_MS = 250;

/** The nodes of the far view: the picture, the cells, the headers and the cards `keep` names. */
export function farViewNodes(
  nodes: readonly ParcoursNode[],
  picture: MapPictureNode,
  keep: (cardId: Id) => boolean,
): ParcoursNode[] {
  const kept = nodes.filter((node) => {
    switch (node.type) {
      case 'cell':
      case 'stageHeader':
      case 'laneHeader':
      case 'dragScore':
        return true;
      case 'card':
      case 'emotionPoint':
        return keep(node.id);
      case 'emotionCurve':
      case 'curveLegend':
      case 'mapPicture':
        return false;
    }
  });
  return [picture, ...kept];
}

/** The picture as a node over the cells and under the cards, where the layout puts the map. */
export function pictureNode(picture: FarPicture): MapPictureNode {
  return {
    id: 'far-picture',
    type: 'mapPicture',
    position: { x: 0, y: 0 },
    width: picture.width,
    height: picture.height,
    handles: [],
    data: { bitmap: picture.bitmap, cardCount: Object.keys(picture.journey.cards).length },
    style: { pointerEvents: 'none' },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: 1,
  };
}

/** The card drawn at `point` (map units), if any: what a click on the picture means. */
export function cardAt(layout: MapLayout, point: { x: number; y: number }): Id | null {
  for (const [id, rect] of layout.cards) {
    if (
      point.x >= rect.x &&
      point.x <= rect.x + rect.width &&
      point.y >= rect.y &&
      point.y <= rect.y + rect.height
    ) {
      return id;
    }
  }
  return null;
}

/**
 * The far picture to show, or null to show every node. While `far`, it is drawn (and redrawn after
 * edits); a picture of an older journey stays on screen until its replacement is ready, but only
 * if it was already showing: zooming out onto a changed map waits for a fresh picture.
 */
export function useFarPicture(
  far: boolean,
  journey: Journey,
  personas: readonly Persona[],
  text: Messages,
): FarPicture | null {
  const [picture, setPicture] = useState<FarPicture | null>(null);
  // True once a picture has been on screen since the map was last zoomed out.
  const [live, setLive] = useState(false);
  const [wasFar, setWasFar] = useState(far);
  if (far !== wasFar) {
    setWasFar(far);
    if (!far) setLive(false);
  }

  useEffect(() => {
    if (!far) return;
    if (picture?.journey === journey) return;
    let cancelled = false;
    const draw = async () => {
      try {
        const scale = FAR_ZOOM * (globalThis.devicePixelRatio || 1);
        const drawn = await drawFarPicture(journey, personas, text, scale);
        if (cancelled) return;
        setPicture(drawn);
        setLive(true);
      } catch {
        // No picture (e.g. no canvas memory): the map stays drawn as nodes, which always works.
      }
    };
    const timer = setTimeout(() => void draw(), picture ? REDRAW_DELAY_MS : 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [far, journey, personas, text, picture]);

  const current = picture?.journey === journey;
  return far && picture !== null && (current || live) ? picture : null;
}
