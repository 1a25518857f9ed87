/**
 * Hash routing: #/clients, #/clients/<id>, #/today … Works the same from app:// and http://,
 * survives reloads, and needs no server support.
 */
import { useSyncExternalStore } from 'react';

export interface Route {
  /** First segment, e.g. "clients". */
  screen: string;
  /** The rest, e.g. ["<id>"]. */
  params: string[];
  /** Query string values after "?". */
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', qs = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { screen: parts[0] ?? '', params: parts.slice(1), query: new URLSearchParams(qs) };
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}

export function navigate(path: string): void {
  const next = `#/${path.replace(/^\/+/, '')}`;
  if (window.location.hash !== next) window.location.hash = next;
}

export function href(path: string): string {
  return `#/${path.replace(/^\/+/, '')}`;
}
