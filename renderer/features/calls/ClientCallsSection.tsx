/** On a client's page: their calls, the latest testimonial check, and buttons to log either. */
import { useLiveQuery } from 'dexie-react-hooks';
import { displayName } from '../../../shared/clients/search';
import type { Client } from '../../../shared/domain/schemas';
import { CALL_PURPOSE_LABELS } from '../../../shared/referrals';
import { checksForClient } from '../../data/testimonials';
import { formatInstant, formatShortDay } from '../../ui/format';
import { formatCallLength } from './CallTimer';
import { CALL_LOG_SHORTCUT_LABEL, openCallLog, openTestimonialCheck } from './quickLog';
import { TESTIMONIAL_QUESTIONS } from './TestimonialCheckDialog';
import { useClientCalls } from './useCallContext';

export function ClientCallsSection({ client }: { client: Client }) {
  const { data: calls } = useClientCalls(client.id);
  const checks = useLiveQuery(() => checksForClient(client.id), [client.id]);
  const latest = checks?.[0];
  return (
    <section className="card stack" style={{ gap: 12 }} aria-labelledby="calls-h" data-testid="client-calls">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="calls-h" style={{ margin: 0 }}>
          Calls and testimonial
        </h2>
        <div className="row">
          <button
            type="button"
            className="btn small"
            onClick={() => openTestimonialCheck({ clientId: client.id })}
          >
            Testimonial check
          </button>
          <button
            type="button"
            className="btn small primary"
            onClick={() => openCallLog({ clientId: client.id })}
          >
            Log call <kbd>{CALL_LOG_SHORTCUT_LABEL}</kbd>
          </button>
        </div>
      </div>
      {calls.length === 0 ? (
        <p className="subtle" style={{ margin: 0 }}>
          No calls with {displayName(client)} logged yet.
        </p>
      ) : (
        <ul className="call-list" data-testid="call-list">
          {calls.slice(0, 10).map((c) => (
            <li key={c.id}>
              <span className="subtle">{formatInstant(c.at)}</span>
              <span>
                <strong>{CALL_PURPOSE_LABELS[c.purpose]}</strong>
                {c.outcome ? ` · ${c.outcome}` : ''}
                {c.nextStep ? <span className="subtle"> · next: {c.nextStep}</span> : null}
              </span>
              <span className="subtle">{formatCallLength(c.durationSec)}</span>
            </li>
          ))}
          {calls.length > 10 && <li className="subtle">and {calls.length - 10} earlier calls</li>}
        </ul>
      )}
      {latest && (
        <div data-testid="latest-testimonial-check">
          <h3>
            Testimonial check, {formatShortDay(latest.date)}{' '}
            {latest.greenLight ? (
              <span className="chip">green light</span>
            ) : (
              <span className="chip muted">no green light</span>
            )}
          </h3>
          <dl className="qa">
            {(Object.keys(TESTIMONIAL_QUESTIONS) as (keyof typeof TESTIMONIAL_QUESTIONS)[])
              .filter((k) => latest[k])
              .map((k) => (
                <div key={k}>
                  <dt>{TESTIMONIAL_QUESTIONS[k]}</dt>
                  <dd>{latest[k]}</dd>
                </div>
              ))}
          </dl>
        </div>
      )}
    </section>
  );
}
