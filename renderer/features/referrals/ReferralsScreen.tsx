/**
 * Referrals: the pipeline by status, the report card, the referral trees and the rewards, with a
 * reminder of rewards owed on every tab. #/referrals[/report|/trees|/rewards][?open=<id>]
 */
import { useEffect, useMemo, useState } from 'react';
import { isPlainKey, isTyping } from '../../app/keys';
import { href, navigate, type Route } from '../../app/router';
import { useToast } from '../../app/Toasts';
import { formatShortDay } from '../../ui/format';
import { useToday } from '../../ui/useToday';
import { addDaysIso } from '../../../shared/domain/dates';
import { CALL_LOG_SHORTCUT_LABEL, openCallLog } from '../calls/quickLog';
import { useClients } from '../clients/useClients';
import { useSettings } from '../settings/useSettings';
import { exportCallsCsv, exportReferralsCsv } from './csvExport';
import { GreenLightList } from './GreenLightList';
import { OwedRewardsBanner } from './OwedRewardsBanner';
import { PipelineBoard } from './PipelineBoard';
import { ReferralDetailDialog } from './ReferralDetailDialog';
import { ReferralFormDialog } from './ReferralFormDialog';
import { ReportCardView } from './ReportCardView';
import { RewardsView } from './RewardsView';
import { TreesView } from './TreesView';
import { useReferrals } from './useReferrals';
import './referrals.css';

const TABS = [
  { id: '', label: 'Pipeline' },
  { id: 'report', label: 'Report card' },
  { id: 'trees', label: 'Referral trees' },
  { id: 'rewards', label: 'Rewards' },
] as const;

export function ReferralsScreen({ route }: { route: Route }) {
  const tab = TABS.find((t) => t.id === (route.params[0] ?? ''))?.id ?? '';
  const openId = route.query.get('open');
  const today = useToday();
  const toast = useToast();
  const { data: referrals, isLoading } = useReferrals();
  const { data: clients } = useClients();
  const { data: settings } = useSettings();
  const [adding, setAdding] = useState(false);
  const clientsById = useMemo(() => new Map(clients.map((c) => [c.id, c])), [clients]);
  const currency = settings.giftBudget.currency;
  const base = tab ? `referrals/${tab}` : 'referrals';
  const open = (id: string) => navigate(`${base}?open=${encodeURIComponent(id)}`);
  const close = () => navigate(base);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        isTyping(e.target) ||
        !isPlainKey(e) ||
        adding ||
        openId ||
        document.querySelector('[role="dialog"]')
      )
        return;
      if (e.key === 'n') {
        e.preventDefault();
        setAdding(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [adding, openId]);

  const exportWith = async (what: 'referrals' | 'calls') => {
    try {
      const n = what === 'referrals' ? await exportReferralsCsv() : await exportCallsCsv();
      if (n !== null)
        toast.show(
          `Exported ${n} ${what === 'referrals' ? (n === 1 ? 'referral' : 'referrals') : n === 1 ? 'call' : 'calls'} to CSV.`,
        );
    } catch (e) {
      toast.show(`The export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const open_ = referrals.filter((r) => r.status !== 'won' && r.status !== 'lost').length;
  return (
    <div className="screen referrals-screen">
      <div className="screen-head">
        <div>
          <h1>Referrals</h1>
          <div className="subtle">
            {isLoading
              ? 'Loading…'
              : `${referrals.length} ${referrals.length === 1 ? 'referral' : 'referrals'} · ${open_} open`}
          </div>
        </div>
        <div className="row">
          <button type="button" className="btn" onClick={() => void exportWith('referrals')}>
            Export referrals (CSV)
          </button>
          <button type="button" className="btn" onClick={() => void exportWith('calls')}>
            Export calls (CSV)
          </button>
          <button type="button" className="btn" onClick={() => openCallLog()}>
            Log call <kbd>{CALL_LOG_SHORTCUT_LABEL}</kbd>
          </button>
          <button type="button" className="btn primary" onClick={() => setAdding(true)}>
            New referral <kbd>N</kbd>
          </button>
        </div>
      </div>
      <nav className="tabs" aria-label="Referral views">
        {TABS.map((t) => (
          <a
            key={t.id}
            href={href(t.id ? `referrals/${t.id}` : 'referrals')}
            aria-current={tab === t.id ? 'page' : undefined}
          >
            {t.label}
          </a>
        ))}
      </nav>
      <div className="stack">
        <OwedRewardsBanner today={today} clientsById={clientsById} />
        {tab === '' &&
          (referrals.length === 0 && !isLoading ? (
            <div className="card empty">
              <p style={{ marginTop: 0 }}>
                <strong>No referrals yet.</strong>
              </p>
              <p>
                When a client sends someone your way, log it here: the thank-you is planned for the next day.
                Ask for an action, not a contact: a referrer who introduces the person themselves is worth ten
                phone numbers.
              </p>
              <button type="button" className="btn primary" onClick={() => setAdding(true)}>
                Log the first referral
              </button>
            </div>
          ) : (
            <PipelineBoard
              referrals={referrals}
              clientsById={clientsById}
              currency={currency}
              onOpen={open}
            />
          ))}
        {tab === '' && <GreenLightList clientsById={clientsById} />}
        {tab === 'report' && <ReportCardView today={today} clientsById={clientsById} currency={currency} />}
        {tab === 'trees' && <TreesView clients={clients} referrals={referrals} onOpenReferral={open} />}
        {tab === 'rewards' && <RewardsView today={today} clientsById={clientsById} />}
      </div>
      {adding && (
        <ReferralFormDialog
          onClose={() => setAdding(false)}
          onSaved={(r) => {
            setAdding(false);
            const referrer = clientsById.get(r.referrerId);
            const due = addDaysIso(r.date, 1);
            const when = due === addDaysIso(today, 1) ? 'tomorrow' : formatShortDay(due);
            toast.show(
              `Logged the referral of ${r.lead.name}. The thank-you to ${referrer?.firstName ?? 'the referrer'} is due ${when}.`,
            );
          }}
        />
      )}
      {openId && <ReferralDetailDialog id={openId} onClose={close} />}
    </div>
  );
}
