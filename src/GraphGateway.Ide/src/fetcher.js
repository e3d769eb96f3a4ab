// GraphQL over HTTP fetcher for GraphiQL: POST application/json to the gateway endpoint, with
// the editor's headers, asking for the query plan (header GraphGateway-Query-Plan: true) and
// recording `extensions.queryPlan` of each operation for the plan view.
import { setPlanState } from './planStore.js';

export const PLAN_HEADER = 'GraphGateway-Query-Plan';

export function createGatewayFetcher(endpoint) {
  return async function fetcher(params, opts) {
    const isIntrospection = params.operationName === 'IntrospectionQuery';
    const headers = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(isIntrospection ? {} : { [PLAN_HEADER]: 'true' }),
      ...(opts && opts.headers ? opts.headers : {}),
    };
    const response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify(params),
      credentials: 'same-origin',
    });
    const text = await response.text();
    let result;
    try {
      result = JSON.parse(text);
    } catch {
      throw new Error(`HTTP ${response.status}: the response is not JSON: ${text.slice(0, 500)}`);
    }
    if (!isIntrospection) {
      const plan = result && result.extensions ? result.extensions.queryPlan : undefined;
      setPlanState({
        status: plan === undefined || plan === null ? 'missing' : 'ok',
        operationName: params.operationName || null,
        plan: plan === undefined ? null : plan,
      });
    }
    return result;
  };
}
