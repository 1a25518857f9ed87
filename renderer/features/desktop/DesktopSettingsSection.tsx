/**
 * Settings → This app: start Touchpoint at login (desktop, where the system allows it), and
 * About: the version and the folder that holds the data and backups.
 */
import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import type { AppInfo, LoginItemState } from '../../platform/types';
import { useToast } from '../../app/Toasts';

const MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function DesktopSettingsSection() {
  const p = platform();
  const [login, setLogin] = useState<LoginItemState | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const toast = useToast();

  useEffect(() => {
    let live = true;
    p.getOpenAtLogin()
      .then((s) => live && setLogin(s))
      .catch(() => live && setLogin({ supported: false, openAtLogin: false }));
    p.appInfo()
      .then((a) => live && setInfo(a))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [p]);

  const toggle = async (enabled: boolean) => {
    setBusy(true);
    setError('');
    try {
      const s = await p.setOpenAtLogin(enabled);
      setLogin(s);
      if (s.openAtLogin !== enabled)
        setError('The system did not accept the change. Check your login items settings.');
      else
        toast.show(
          enabled ? 'Touchpoint will open when you log in.' : 'Touchpoint will no longer open at login.',
        );
    } catch (e) {
      setError(`Could not change the login item: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const desktop = p.kind === 'electron';
  const supported = !!login?.supported;
  return (
    <section className="card stack" aria-labelledby="desktop-h" data-testid="settings-desktop">
      <h2 id="desktop-h">This app</h2>
      <div className="field">
        <label className="row" style={{ gap: 8 }}>
          <input
            type="checkbox"
            checked={!!login?.openAtLogin}
            disabled={!supported || busy}
            onChange={(e) => void toggle(e.target.checked)}
          />
          Open Touchpoint at login
        </label>
        {login && !supported && (
          <span className="field-hint" data-testid="login-item-note">
            {desktop
              ? 'Your system does not let Touchpoint set this itself. On Linux, add Touchpoint to your desktop’s startup applications.'
              : 'Only in the desktop app. In a browser, pin Touchpoint as a tab or install it from the address bar instead.'}
          </span>
        )}
        {error && <span className="field-error">{error}</span>}
      </div>
      <dl className="facts" data-testid="about-facts">
        <dt>Version</dt>
        <dd data-testid="about-version">{info ? info.version : '…'}</dd>
        <dt>Runs as</dt>
        <dd>{desktop ? 'Desktop app' : 'Web app in this browser'}</dd>
        <dt>Data folder</dt>
        <dd data-testid="about-data-folder">
          {info?.dataFolder ? (
            <code className="about-path">{info.dataFolder}</code>
          ) : desktop ? (
            '…'
          ) : (
            'Kept by this browser (IndexedDB); it has no folder on disk.'
          )}
        </dd>
        <dt>Commands</dt>
        <dd>
          <kbd>{MAC ? '⌘K' : 'Ctrl+K'}</kbd> opens the command palette on every screen.
        </dd>
      </dl>
    </section>
  );
}
