/**
 * Settings → Your data: backups and restore, import, export. The menu and command palette open
 * it with #/settings?section=data, which scrolls it into view.
 */
import { useEffect, useRef } from 'react';
import { useRoute } from '../../app/router';
import { BackupsPanel } from './BackupsPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './data.css';

export function DataSection() {
  const route = useRoute();
  const ref = useRef<HTMLElement>(null);
  const wanted = route.screen === 'settings' && route.query.get('section') === 'data';
  useEffect(() => {
    if (wanted) ref.current?.scrollIntoView({ block: 'start' });
  }, [wanted]);
  return (
    <section
      className="card stack data-section"
      aria-labelledby="data-h"
      id="data"
      ref={ref}
      data-testid="settings-data"
    >
      <h2 id="data-h">Your data</h2>
      <BackupsPanel />
      <ImportPanel />
      <ExportPanel />
    </section>
  );
}
