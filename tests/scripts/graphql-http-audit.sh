#!/usr/bin/env bash
# GraphQL over HTTP conformance: runs the graphql-http server audits (npm graphql-http, auditServer)
# against the gateway's HTTP layer on a real Kestrel host bound to 127.0.0.1 on a free port.
# Exit 0 = every MUST passes and every SHOULD passes or is explained in docs/server.md.
# AUDIT_URL=http://127.0.0.1:4000/graphql audits an endpoint that is already running instead (it needs
# introspection on, e.g. GraphGateway__Introspection__Enabled=true, since the audits use __type).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tool="$root/tests/tools/graphql-http-audit"
host_dir="$root/tests/GraphGateway.AuditHost"
config=${CONFIGURATION:-Release}
dll="$host_dir/bin/$config/net10.0/GraphGateway.AuditHost.dll"

if [ ! -d "$tool/node_modules/graphql-http" ]; then
  (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ -n "${AUDIT_URL:-}" ]; then
  exec node "$tool/audit.mjs" "$AUDIT_URL"
fi

if [ ! -f "$dll" ]; then
  dotnet build "$host_dir/GraphGateway.AuditHost.csproj" -c "$config" -nologo -v q
fi

# Runs the audit against one host started with the given arguments.
audit_host() {
  local log pid url=""
  log=$(mktemp)
  dotnet "$dll" --urls "http://127.0.0.1:0" "$@" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    url=$(sed -n 's/^Listening on \(http:\/\/[^ ]*\).*/\1/p' "$log" | head -n1)
    [ -n "$url" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if [ -z "$url" ]; then
    cat "$log"; echo "audit host did not start within 20 s"
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"
    return 1
  fi
  local status=0
  node "$tool/audit.mjs" "$url/graphql" || status=$?
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -f "$log"
  return $status
}

status=0
echo "== HTTP layer over a fixed API schema"
audit_host || status=1
echo "== whole gateway (AddGraphGateway: runtime + HTTP) over gateway.fsp (the sample subgraphs)"
audit_host --GraphGateway:Supergraph:Path "$root/gateway.fsp" \
  --GraphGateway:Supergraph:ReloadOnChange false || status=1
exit $status
