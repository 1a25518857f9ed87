/** On a client's page: cards coming up (print one now) and every card sent, with its exact text. */
import { useLiveQuery } from 'dexie-react-hooks';
import { displayName } from '../../../shared/clients/search';
import { OPEN_STATUSES, type Client } from '../../../shared/domain/schemas';
import { KIND_INFO } from '../../../shared/touchpoints/kinds';
import { touchpointsForClient } from '../../data/touchpoints';
import { href } from '../../app/router';
import { formatShortDay } from '../../ui/format';
import { messageSnippet } from './printJobs';
import { printCardPath } from './registerCardActions';
import { useClientCardHistory, useTemplates } from './useCardData';

export function ClientCardsSection({ client }: { client: Client }) {
  const { data: history } = useClientCardHistory(client.id);
  const { data: templates } = useTemplates();
  const upcoming = useLiveQuery(
    async () =>
      (await touchpointsForClient(client.id))
        .filter((t) => t.channel === 'card' && OPEN_STATUSES.includes(t.status))
        .slice(0, 3),
    [client.id],
  );
  const templateName = (id: string | undefined) =>
    (id && templates?.find((t) => t.id === id)?.name) ?? (id ? 'a template since deleted' : 'own text');
  return (
    <section className="card stack" style={{ gap: 12 }} aria-labelledby="cards-h" data-testid="client-cards">
      <h2 id="cards-h" style={{ margin: 0 }}>
        Cards
      </h2>
      {upcoming && upcoming.length > 0 && (
        <ul className="timeline">
          {upcoming.map((t) => (
            <li key={t.id}>
              <a className="timeline-item" href={href(printCardPath(t.id, 'client'))}>
                <span className="timeline-day">{formatShortDay(t.due)}</span>
                <span style={{ color: KIND_INFO[t.kind].color }} aria-hidden>
                  {KIND_INFO[t.kind].icon}
                </span>
                <span>{t.title}</span>
                <span className="subtle">Print…</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {!history ? null : history.length === 0 ? (
        <p className="subtle" style={{ margin: 0 }}>
          No cards sent to {displayName(client)} yet.
        </p>
      ) : (
        <ul className="card-history" data-testid="card-history">
          {history.map((h) => (
            <li key={h.id} data-testid="card-history-entry">
              <details>
                <summary>
                  <span className="timeline-day">{formatShortDay(h.date)}</span>
                  <strong>{templateName(h.templateId)}</strong>
                  <span className="subtle">{messageSnippet(h.text, 90)}</span>
                </summary>
                <pre>{h.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
