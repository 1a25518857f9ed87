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
      <div className="sidebar-foot">Your data stays on this computer.</div>
    </nav>
  );
}
