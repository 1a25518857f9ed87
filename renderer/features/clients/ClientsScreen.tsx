/**
 * The client book: instant search, filters, and a windowed list that stays fast at 10,000
 * clients. A client's own page lives at #/clients/<id>.
 */
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { displayName, filterClients, type ClientFilter } from '../../../shared/clients/search';
import { JOURNEY_STATUSES, type Client } from '../../../shared/domain/schemas';
import { isPlainKey, isTyping } from '../../app/keys';
import { navigate, type Route } from '../../app/router';
import { ClientFormDialog } from './ClientFormDialog';
import { ClientPage } from './ClientPage';
import { countryName } from './useCountries';
import { useClients } from './useClients';
import { byName } from './byName';
import { useSettings } from '../settings/useSettings';

const ROW = 44;

function ClientRow({ client, top, onOpen }: { client: Client; top: number; onOpen: () => void }) {
  return (
    <button
      type="button"
      className="list-row"
      style={{ position: 'absolute', top, left: 0, right: 0 }}
      onClick={onOpen}
      data-testid="client-row"
      data-client-id={client.id}
    >
      <span className="name">{displayName(client)}</span>
      <span className="cell">{client.email ?? ''}</span>
      <span className="cell">{client.company ?? ''}</span>
      <span className={`status ${client.journey.status}`}>{client.journey.status}</span>
      <span className="cell">{client.tags.map((t) => `#${t}`).join(' ')}</span>
    </button>
  );
}

function ClientList({ clients }: { clients: Client[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scroll / ROW) - 5);
  const last = Math.min(clients.length, Math.ceil((scroll + height) / ROW) + 5);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const rows = [...(box.current?.querySelectorAll<HTMLElement>('[data-testid="client-row"]') ?? [])];
    const i = rows.indexOf(document.activeElement as HTMLElement);
    const next = rows[e.key === 'ArrowDown' ? i + 1 : i - 1];
    if (next) {
      e.preventDefault();
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    }
  };

  return (
    <div
      className="list"
      ref={box}
      style={{ height: `min(${clients.length * ROW + 36}px, calc(100vh - 210px))`, minHeight: 120 }}
      onScroll={(e) => setScroll(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      data-testid="client-list"
    >
      <div className="list-row list-head" aria-hidden>
        <span>Name</span>
        <span>Email</span>
        <span>Company</span>
        <span>Status</span>
        <span>Tags</span>
      </div>
      <div style={{ height: clients.length * ROW, position: 'relative' }}>
        {clients.slice(first, last).map((c, i) => (
          <ClientRow key={c.id} client={c} top={(first + i) * ROW} onOpen={() => navigate(`clients/${c.id}`)} />
        ))}
      </div>
    </div>
  );
}

function ClientBook({ route }: { route: Route }) {
  const { data: clients, index, isLoading } = useClients();
  const { data: settings } = useSettings();
  const [filter, setFilter] = useState<ClientFilter>({ query: '', status: 'all' });
  const [creating, setCreating] = useState(route.query.get('new') === '1');
  const search = useRef<HTMLInputElement>(null);
  const deferred = useDeferredValue(filter);

  const tags = useMemo(() => [...new Set(clients.flatMap((c) => c.tags))].sort(), [clients]);
  const countries = useMemo(
    () => [...new Set(clients.map((c) => c.country).filter((c): c is string => !!c))].sort(),
    [clients],
  );
  const sorted = useMemo(() => byName(index), [index]);
  const shown = useMemo(() => filterClients(sorted, deferred), [sorted, deferred]);

  useEffect(() => {
    performance.mark('touchpoint:clients-rendered');
  }, [shown]);

  // A layout effect: the shortcuts work as soon as the list is on screen.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || !isPlainKey(e)) return;
      if (e.key === '/') {
        e.preventDefault();
        search.current?.focus();
      } else if (e.key === 'n') {
        e.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const archivedCount = useMemo(() => clients.filter((c) => c.journey.status === 'archived').length, [clients]);

  return (
    <div className="screen">
      <div className="screen-head">
        <div>
          <h1>Clients</h1>
          <div className="subtle" data-testid="client-count">
            {isLoading
              ? 'Loading…'
              : `${shown.length} of ${clients.length - archivedCount} ${clients.length - archivedCount === 1 ? 'client' : 'clients'}${
                  archivedCount ? ` · ${archivedCount} archived` : ''
                }`}
          </div>
        </div>
        <button type="button" className="btn primary" onClick={() => setCreating(true)}>
          New client <kbd>N</kbd>
        </button>
      </div>
      <div className="toolbar">
        <div className="search">
          <input
            ref={search}
            className="input"
            type="search"
            placeholder="Search name, email, company or #tag"
            aria-label="Search clients"
            value={filter.query}
            onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                document.querySelector<HTMLElement>('[data-testid="client-row"]')?.focus();
              } else if (e.key === 'Enter' && shown[0]) {
                navigate(`clients/${shown[0].id}`);
              }
            }}
          />
          {!filter.query && <kbd>/</kbd>}
        </div>
        <select
          className="input"
          aria-label="Filter by status"
          value={filter.status}
          onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value as ClientFilter['status'] }))}
        >
          <option value="all">All but archived</option>
          {JOURNEY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s[0]?.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </select>
        <select
          className="input"
          aria-label="Filter by tag"
          value={filter.tag ?? ''}
          onChange={(e) => setFilter((f) => ({ ...f, tag: e.target.value || undefined }))}
        >
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </select>
        <select
          className="input"
          aria-label="Filter by country"
          value={filter.country ?? ''}
          onChange={(e) => setFilter((f) => ({ ...f, country: e.target.value || undefined }))}
        >
          <option value="">Any country</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {countryName(c)}
            </option>
          ))}
        </select>
      </div>
      {!isLoading && clients.length === 0 ? (
        <div className="card empty">
          <h2>Your client book is empty</h2>
          <p>Add your first client and Touchpoint plans their welcome card, check-in call, birthday and holidays.</p>
          <button type="button" className="btn primary" onClick={() => setCreating(true)}>
            Add a client <kbd>N</kbd>
          </button>
        </div>
      ) : shown.length === 0 && !isLoading ? (
        <div className="card empty" data-testid="no-match">
          No client matches “{filter.query}”.
        </div>
      ) : (
        <ClientList clients={shown} />
      )}
      {creating && (
        <ClientFormDialog
          allClients={clients}
          defaults={{ country: settings.country, region: settings.region, holidays: settings.plan.defaultHolidays }}
          onClose={() => setCreating(false)}
          onSaved={(c) => {
            setCreating(false);
            navigate(`clients/${c.id}`);
          }}
        />
      )}
    </div>
  );
}

export function ClientsScreen({ route }: { route: Route }) {
  const id = route.params[0];
  return id ? <ClientPage id={id} key={id} /> : <ClientBook route={route} />;
}
