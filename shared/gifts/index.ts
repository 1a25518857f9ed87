/** Pure gift logic: the yearly budget, "given before" look-alikes, and a client's gift lists. */
export * from './budget';
export * from './similar';
export * from './lists';
