/** One client: the facts, and the sections other features add (timeline, referrals, gifts…). */
import { useLayoutEffect, useState } from 'react';
import { displayName, salutationOf } from '../../../shared/clients/search';
import type { Client } from '../../../shared/domain/schemas';
import { deleteClient, setClientStatus, undoDeleteClient } from '../../data/clients';
import { isPlainKey, isTyping } from '../../app/keys';
import { href, navigate } from '../../app/router';
import { useToast } from '../../app/Toasts';
import { formatShortDay, formatYearly } from '../../ui/format';
import { ClientFormDialog } from './ClientFormDialog';
import { CLIENT_SECTIONS } from './clientSections';
import { countryName } from './useCountries';
import { useClient, useClients } from './useClients';
import { useSettings } from '../settings/useSettings';

function Facts({ client }: { client: Client }) {
  const { data: all } = useClients();
  const source = client.source;
  const referrer =
    source?.kind === 'referral' ? all.find((c) => c.id === source.referredByClientId) : undefined;
  const a = client.address;
  const rows: [string, React.ReactNode][] = [];
  rows.push(['Salutation', salutationOf(client)]);
  if (client.email) rows.push(['Email', <a href={`mailto:${client.email}`}>{client.email}</a>]);
  if (client.phone) rows.push(['Phone', client.phone]);
  if (client.company) rows.push(['Company', client.company]);
  if (a && (a.lines.length || a.city))
    rows.push([
      'Address',
      <span style={{ whiteSpace: 'pre-line' }}>
        {[...a.lines, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, a.country]
          .filter(Boolean)
          .join('\n')}
      </span>,
    ]);
  if (client.country)
    rows.push([
      'Holidays from',
      `${countryName(client.country)}${client.region ? ` (${client.region})` : ''}`,
    ]);
  if (client.birthday) rows.push(['Birthday', formatYearly(client.birthday)]);
  for (const d of client.importantDates) rows.push([d.label, formatYearly(d.date)]);
  if (client.journey.start) rows.push(['Journey start', formatShortDay(client.journey.start)]);
  if (client.journey.expectedEnd) rows.push(['Expected end', formatShortDay(client.journey.expectedEnd)]);
  if (client.source)
    rows.push([
      'Came via',
      client.source.kind === 'referral' ? (
        referrer ? (
          <a href={href(`clients/${referrer.id}`)}>Referral from {displayName(referrer)}</a>
        ) : (
          'Referral'
        )
      ) : (
        client.source.channel
      ),
    ]);
  if (client.preferredChannel) rows.push(['Prefers', client.preferredChannel]);
  if (client.tags.length)
    rows.push([
      'Tags',
      <span className="row">
        {client.tags.map((t) => (
          <span key={t} className="chip">
            #{t}
          </span>
        ))}
      </span>,
    ]);
  if (client.notes) rows.push(['Notes', <span style={{ whiteSpace: 'pre-wrap' }}>{client.notes}</span>]);
  return (
    <dl className="facts" data-testid="client-facts">
      {rows.map(([k, v], i) => (
        <div key={`${k}-${i}`} style={{ display: 'contents' }}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ClientPage({ id }: { id: string }) {
  const { data: client, isLoading } = useClient(id);
  const { data: all } = useClients();
  const { data: settings } = useSettings();
  const [editing, setEditing] = useState(false);
  const toast = useToast();

  const remove = async (c: Client) => {
    await deleteClient(c.id);
    navigate('clients');
    toast.show(`Deleted ${displayName(c)}.`, { label: 'Undo', run: () => undoDeleteClient(c.id) }, 15000);
  };

  // A layout effect: once the client is on screen, its keys work (no gap before the effect runs).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || !isPlainKey(e) || editing || !client) return;
      if (e.key === 'e') {
        e.preventDefault();
        setEditing(true);
      } else if (e.key === 'Delete') {
        e.preventDefault();
        void remove(client);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (isLoading) return <div className="screen subtle">Loading…</div>;
  if (!client)
    return (
      <div className="screen">
        <a className="back" href={href('clients')}>
          ← Clients
        </a>
        <div className="card empty">This client no longer exists.</div>
      </div>
    );

  const name = displayName(client);
  const archived = client.journey.status === 'archived';

  return (
    <div className="screen">
      <a className="back" href={href('clients')}>
        ← Clients
      </a>
      <div className="screen-head" style={{ marginTop: 8 }}>
        <div>
          <h1 data-testid="client-name">{name}</h1>
          <div className="subtle">
            <span className={`status ${client.journey.status}`}>{client.journey.status}</span>
            {client.company ? ` · ${client.company}` : ''}
          </div>
        </div>
        <div className="row">
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            Edit <kbd>E</kbd>
          </button>
          <button
            type="button"
            className="btn"
            onClick={async () => {
              const before = client.journey.status;
              await setClientStatus(client.id, archived ? 'active' : 'archived');
              toast.show(archived ? `${name} is active again.` : `${name} is archived.`, {
                label: 'Undo',
                run: () => setClientStatus(client.id, before),
              });
            }}
          >
            {archived ? 'Unarchive' : 'Archive'}
          </button>
          <button type="button" className="btn danger" onClick={() => void remove(client)}>
            Delete <kbd>Del</kbd>
          </button>
        </div>
      </div>
      <div className="detail-grid">
        <section className="card" aria-label="Details">
          <Facts client={client} />
        </section>
        <div className="stack">
          {CLIENT_SECTIONS.map(({ id: sectionId, component: Section }) => (
            <Section key={sectionId} client={client} />
          ))}
        </div>
      </div>
      {editing && (
        <ClientFormDialog
          client={client}
          allClients={all}
          defaults={{ holidays: settings.plan.defaultHolidays }}
          onClose={() => setEditing(false)}
          onSaved={(c) => {
            setEditing(false);
            toast.show(`Saved ${displayName(c)}.`);
          }}
        />
      )}
    </div>
  );
}
