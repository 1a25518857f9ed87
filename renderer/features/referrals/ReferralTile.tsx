/** One referral in the pipeline: whom, from whom, since when, and a one-click move to the next step. */
import { displayName } from '../../../shared/clients/search';
import {
  REFERRAL_STATUSES,
  type Client,
  type Referral,
  type ReferralStatus,
} from '../../../shared/domain/schemas';
import { PIPELINE_STEPS, REFERRAL_STATUS_LABELS, pipelineRank } from '../../../shared/referrals';
import { formatShortDay } from '../../ui/format';
import { formatMoney } from '../../ui/money';

interface Props {
  referral: Referral;
  referrer: Client | undefined;
  currency: string;
  onOpen: () => void;
  onMove: (status: ReferralStatus) => void;
}

export function ReferralTile({ referral: r, referrer, currency, onOpen, onMove }: Props) {
  const rank = pipelineRank(r.status);
  const next = rank === undefined ? undefined : PIPELINE_STEPS[rank + 1];
  return (
    <li className="tile" data-testid="referral-tile" data-referral-id={r.id}>
      <button
        type="button"
        className="tile-open"
        onClick={onOpen}
        aria-label={`Open the referral of ${r.lead.name}`}
      >
        <span className="tile-name">{r.lead.name}</span>
        <span className="tile-meta">
          from {referrer ? displayName(referrer) : '—'} · {formatShortDay(r.date)}
        </span>
        <span className="row" style={{ gap: 4 }}>
          {r.referrerTookAction && (
            <span className="chip" title="The referrer introduced them">
              introduced ✓
            </span>
          )}
          {r.leadClientId && <span className="chip muted">client</span>}
          {r.status === 'won' && r.value !== undefined && (
            <span className="chip won">{formatMoney(r.value, currency)}</span>
          )}
        </span>
      </button>
      <div className="tile-actions">
        {next && (
          <button
            type="button"
            className="btn small"
            onClick={() => onMove(next)}
            aria-label={`Move ${r.lead.name} to ${REFERRAL_STATUS_LABELS[next].toLowerCase()}`}
          >
            → {REFERRAL_STATUS_LABELS[next]}
          </button>
        )}
        <select
          className="input tile-move"
          aria-label={`Move ${r.lead.name} to`}
          value=""
          onChange={(e) => e.target.value && onMove(e.target.value as ReferralStatus)}
        >
          <option value="">Move…</option>
          {REFERRAL_STATUSES.filter((s) => s !== r.status).map((s) => (
            <option key={s} value={s}>
              {REFERRAL_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}
