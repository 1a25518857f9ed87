/** Today-row action from the gifts feature: G opens the client's ideas, past gifts and budget. */
import { isGiftTouchpoint } from '../../../shared/gifts';
import { registerTodayAction } from '../today/todayActions';
import { openGiftDue } from './giftDialogs';

registerTodayAction({
  id: 'gift',
  label: 'Gift…',
  key: 'g',
  applies: isGiftTouchpoint,
  run: ({ touchpoint, client }) => openGiftDue({ clientId: client.id, touchpointId: touchpoint.id }),
});
