/** Today's P key: print the card a card touchpoint plans. */
import { navigate } from '../../app/router';
import { registerTodayAction } from '../today/todayActions';

/** The Cards screen printing one touchpoint's card; `from` is where "went out" returns to. */
export function printCardPath(touchpointId: string, from?: 'today' | 'client'): string {
  return `cards/print?tp=${encodeURIComponent(touchpointId)}${from ? `&from=${from}` : ''}`;
}

registerTodayAction({
  id: 'print-card',
  label: 'Print card',
  key: 'p',
  applies: (t) => t.channel === 'card',
  run: ({ touchpoint }) => navigate(printCardPath(touchpoint.id, 'today')),
});
