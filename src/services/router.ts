// Hash routes, so the app works from any static host and offline: #/ library, #/journey/ID editor.
import { useSyncExternalStore } from 'react';

export type LibraryTab = 'journeys' | 'personas' | 'trash';

export type Route =
  | { name: 'library'; tab: LibraryTab }
  | { name: 'journey'; id: string }
  | { name: 'persona'; id: string }
  | { name: 'personaSheet'; id: string }
  /** A live room's join link: the participant view, or (live) the editor bound to the room. */
  | { name: 'join' | 'live'; room: string; key: string; server: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'journey' && parts[1]) return { name: 'journey', id: parts[1] };
  if ((parts[0] === 'join' || parts[0] === 'live') && parts[1] && parts[2]) {
    return { name: parts[0], room: parts[1], key: parts[2], server: parts[3] ?? '' };
  }
  if (parts[0] === 'persona' && parts[1] && parts[2] === 'sheet')
    return { name: 'personaSheet', id: parts[1] };
  if (parts[0] === 'persona' && parts[1]) return { name: 'persona', id: parts[1] };
  if (parts[0] === 'personas') return { name: 'library', tab: 'personas' };
  if (parts[0] === 'trash') return { name: 'library', tab: 'trash' };
  return { name: 'library', tab: 'journeys' };
}

export function routeHref(route: Route): string {
  if ('room' in route) {
    const live = [route.room, route.key, route.server].map(encodeURIComponent);
    return `#/${route.name}/${live.join('/')}`;
  }
  if (route.name === 'journey') return `#/journey/${encodeURIComponent(route.id)}`;
  if (route.name === 'personaSheet') return `#/persona/${encodeURIComponent(route.id)}/sheet`;
  if (route.name === 'persona') return `#/persona/${encodeURIComponent(route.id)}`;
  return route.tab === 'journeys' ? '#/' : `#/${route.tab}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
