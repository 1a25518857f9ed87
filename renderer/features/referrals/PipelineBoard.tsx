/** The pipeline: a column per status, each referral a tile that moves in one click. */
import { REFERRAL_STATUSES, type Client, type Referral } from '../../../shared/domain/schemas';
import { REFERRAL_STATUS_LABELS } from '../../../shared/referrals';
import { ReferralTile } from './ReferralTile';
import { useStatusMove } from './useStatusMove';
import { WonValueDialog } from './WonValueDialog';

interface Props {
  referrals: Referral[];
  clientsById: Map<string, Client>;
  currency: string;
  onOpen: (id: string) => void;
}

export function PipelineBoard({ referrals, clientsById, currency, onOpen }: Props) {
  const { move, askingValue, cancelValue } = useStatusMove();
  return (
    <>
      <div className="board" data-testid="pipeline">
        {REFERRAL_STATUSES.map((status) => {
          const here = referrals.filter((r) => r.status === status);
          return (
            <section
              key={status}
              className={`board-col col-${status}`}
              aria-label={REFERRAL_STATUS_LABELS[status]}
              data-testid={`col-${status}`}
            >
              <h2>
                {REFERRAL_STATUS_LABELS[status]} <span className="count">{here.length}</span>
              </h2>
              {here.length === 0 ? (
                <p className="subtle board-empty">—</p>
              ) : (
                <ul className="tiles">
                  {here.map((r) => (
                    <ReferralTile
                      key={r.id}
                      referral={r}
                      referrer={clientsById.get(r.referrerId)}
                      currency={currency}
                      onOpen={() => onOpen(r.id)}
                      onMove={(s) => void move(r, s)}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {askingValue && (
        <WonValueDialog
          referral={askingValue}
          onClose={cancelValue}
          onConfirm={(v) => void move(askingValue, 'won', v)}
        />
      )}
    </>
  );
}
