import { useEffect, useState } from 'react';
import { onReplanProgress, type ReplanProgress } from '../data/planner';
import { href } from './router';
import { SCREENS, type ScreenDef } from './screens';

function NavItem({ screen, current }: { screen: ScreenDef; current: boolean }) {
  const count = screen.useCount?.();
  return (
    <a className="nav-link" href={href(screen.id)} aria-current={current ? 'page' : undefined} data-testid={`nav-${screen.id}`}>
      <span>{screen.label}</span>
      {count && count.count > 0 ? (
        <span
          className={`nav-count${count.tone === 'overdue' ? ' overdue' : ''}`}
          aria-label={count.label}
          title={count.label}
        >
          {count.count}
        </span>
      ) : (
        <span className="nav-key" aria-hidden>
          Alt+{screen.key}
        </span>
      )}
    </a>
  );
}

export function Sidebar({ current }: { current: string }) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          ✦
        </span>
        Touchpoint
      </div>
      {SCREENS.map((s) => (
        <NavItem key={s.id} screen={s} current={s.id === current} />
      ))}
      <PlanningProgress />
      <div className="sidebar-foot">Your data stays on this computer.</div>
    </nav>
  );
}

/** While the whole book is re-planned (rules changed, a new day), a quiet progress line. */
function PlanningProgress() {
  const [p, setP] = useState<ReplanProgress | null>(null);
  useEffect(() => onReplanProgress(setP), []);
  if (!p || p.total < 200) return null;
  const pct = Math.round((p.done / p.total) * 100);
  return (
    <div className="sidebar-progress" role="status" aria-label={`Planning ${pct}%`}>
      <span>Planning… {pct}%</span>
      <progress max={p.total} value={p.done} />
    </div>
  );
}
