// The "Query plan" sidebar plugin: shows extensions.queryPlan of the last operation the IDE ran.
import { useSyncExternalStore } from 'react';
import { getPlanState, subscribePlan } from './planStore.js';
import { PLAN_HEADER } from './fetcher.js';

function PlanIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <rect x="9" y="2.5" width="6" height="4" rx="1" />
      <rect x="2.5" y="17.5" width="6" height="4" rx="1" />
      <rect x="15.5" y="17.5" width="6" height="4" rx="1" />
      <path d="M12 6.5v5M5.5 17.5v-3h13v3M12 11.5v3" />
    </svg>
  );
}

function PlanContent() {
  const state = useSyncExternalStore(subscribePlan, getPlanState);
  let body;
  if (state.status === 'none') {
    body = <p className="gg-plan-note">Run an operation to see its query plan.</p>;
  } else if (state.status === 'missing') {
    body = (
      <p className="gg-plan-note" data-testid="query-plan-missing">
        The gateway returned no <code>extensions.queryPlan</code>. It answers the{' '}
        <code>{PLAN_HEADER}: true</code> header only when <code>GraphGateway:QueryPlan:AllowHeader</code> is true.
      </p>
    );
  } else {
    const text = typeof state.plan === 'string' ? state.plan : JSON.stringify(state.plan, null, 2);
    body = (
      <pre className="gg-plan-text" data-testid="query-plan">
        {text}
      </pre>
    );
  }
  return (
    <div className="gg-plan">
      <div className="graphiql-doc-explorer-title">Query plan</div>
      {state.operationName ? <p className="gg-plan-note">Operation: {state.operationName}</p> : null}
      {body}
    </div>
  );
}

export const queryPlanPlugin = {
  title: 'Query plan',
  icon: PlanIcon,
  content: PlanContent,
};
