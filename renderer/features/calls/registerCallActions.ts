/** Today-row actions from the calls feature: L logs the call a row plans, T records a testimonial check. */
import { registerTodayAction } from '../today/todayActions';
import { openCallLog, openTestimonialCheck, purposeForKind } from './quickLog';

registerTodayAction({
  id: 'log-call',
  label: 'Log call',
  key: 'l',
  applies: (t) => t.channel === 'call',
  run: ({ touchpoint, client }) =>
    openCallLog({
      clientId: client.id,
      touchpointId: touchpoint.id,
      ...(touchpoint.referralId ? { referralId: touchpoint.referralId } : {}),
      purpose: purposeForKind(touchpoint.kind),
    }),
});

registerTodayAction({
  id: 'testimonial-check',
  label: 'Testimonial check',
  key: 't',
  applies: (t) => t.kind === 'testimonial-request',
  run: ({ touchpoint, client }) => openTestimonialCheck({ clientId: client.id, touchpointId: touchpoint.id }),
});
