/**
 * Cards: print what is due (one card or a batch, with envelopes or labels) and edit the
 * templates. #/cards prints, #/cards/print?tp=<id> prints one touchpoint's card,
 * #/cards/templates edits the wording.
 */
import type { Route } from '../../app/router';
import { href } from '../../app/router';
import { PrintView } from './PrintView';
import { TemplatesView } from './TemplatesView';
import './registerCardActions';

export function CardsScreen({ route }: { route: Route }) {
  const tab = route.params[0] === 'templates' ? 'templates' : 'print';
  const from = route.query.get('from');
  return (
    <div className="screen cards-screen">
      <div className="screen-head">
        <div>
          {from === 'today' && (
            <a className="back" href={href('today')}>
              ← Today
            </a>
          )}
          <h1>Cards</h1>
        </div>
        <nav className="cards-tabs" aria-label="Cards">
          <a href={href('cards')} aria-current={tab === 'print' ? 'page' : undefined}>
            Print
          </a>
          <a href={href('cards/templates')} aria-current={tab === 'templates' ? 'page' : undefined}>
            Templates
          </a>
        </nav>
      </div>
      {tab === 'templates' ? <TemplatesView /> : <PrintView route={route} />}
    </div>
  );
}
