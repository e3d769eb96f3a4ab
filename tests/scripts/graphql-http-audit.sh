#!/usr/bin/env bash
# GraphQL over HTTP conformance: runs the graphql-http server audits (npm graphql-http, auditServer)
# against the gateway's HTTP layer on a real Kestrel host bound to 127.0.0.1 on a free port.
# Exit 0 = every MUST passes and every SHOULD passes or is explained in docs/server.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tool="$root/tests/tools/graphql-http-audit"
host_dir="$root/tests/GraphGateway.AuditHost"
config=${CONFIGURATION:-Release}
dll="$host_dir/bin/$config/net10.0/GraphGateway.AuditHost.dll"

if [ ! -f "$dll" ]; then
  dotnet build "$host_dir/GraphGateway.AuditHost.csproj" -c "$config" -nologo -v q
fi
if [ ! -d "$tool/node_modules/graphql-http" ]; then
  (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error)
fi

log=$(mktemp)
dotnet "$dll" --urls "http://127.0.0.1:0" >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"; }
trap cleanup EXIT

url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^Listening on \(http:\/\/[^ ]*\).*/\1/p' "$log" | head -n1)
  [ -n "$url" ] && break
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "audit host exited"; exit 1; fi
  sleep 0.2
done
if [ -z "$url" ]; then cat "$log"; echo "audit host did not start within 20 s"; exit 1; fi

node "$tool/audit.mjs" "$url/graphql"
