/** Pure referral logic: status changes, follow-ups, rewards, metrics, tree, asks, export rows. */
export * from './status';
export * from './followUps';
export * from './convert';
export * from './rewards';
export * from './metrics';
export * from './tree';
export * from './testimonials';
export * from './rows';
