// The query plan of the last operation the IDE ran, as a tiny external store for React's
// useSyncExternalStore. `plan` is whatever the gateway put in `extensions.queryPlan` (text or JSON).
const listeners = new Set();
let state = { status: 'none', operationName: null, plan: null };

export function getPlanState() {
  return state;
}

export function setPlanState(next) {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribePlan(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
