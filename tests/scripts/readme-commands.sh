#!/usr/bin/env bash
# README check: runs the README's `dotnet run --project src/GraphGateway -- ...` commands the way a new user
# does, from the repository root with paths relative to it (plan, check, compose, subgraph pack), on the
# Release build tests/run.sh made (--no-build; builds it when missing). Outputs go to a temporary folder,
# so nothing in the source tree changes. Exit 0 = every command succeeds with its documented output.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
if [ ! -f src/GraphGateway/bin/Release/net10.0/graphgateway.dll ]; then
  dotnet build src/GraphGateway/GraphGateway.csproj -c Release -nologo -v q >/dev/null || { echo "readme-commands: build failed"; exit 1; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dirs=(--subgraph-dir subgraphs/Accounts --subgraph-dir subgraphs/Products --subgraph-dir subgraphs/Inventory --subgraph-dir subgraphs/Reviews)
failures=0

# run NAME EXPECTED-OUTPUT-PATTERN ARGS...: `dotnet run --project src/GraphGateway -- ARGS` from the root.
run() {
  local name=$1 pattern=$2; shift 2
  local out rc
  out=$(cd "$root" && timeout 120 dotnet run --project src/GraphGateway -c Release --no-build -- "$@" 2>&1); rc=$?
  if [ "$rc" = 0 ] && echo "$out" | grep -q -- "$pattern"; then
    echo "ok   $name"
  else
    echo "FAIL $name (exit $rc; expected output matching '$pattern'):"; echo "$out" | head -10
    failures=$((failures + 1))
  fi
}

run "plan --supergraph gateway.fsp --query <relative file>" 'Fetch(service: "products")' \
  plan --supergraph gateway.fsp --query tests/scripts/smoke/01-all-subgraphs.graphql
run "check --package gateway.fsp --subgraph-dir subgraphs/..." 'No breaking changes' \
  check --package gateway.fsp "${dirs[@]}"
run "compose --subgraph-dir subgraphs/... -o <file>" 'Composed 4 subgraph(s)' \
  compose "${dirs[@]}" -o "$tmp/gateway.fsp"
if [ -f "$tmp/gateway.fsp" ] && ! cmp -s "$tmp/gateway.fsp" gateway.fsp; then
  echo "FAIL compose: the result differs from the committed gateway.fsp"; failures=$((failures + 1))
fi
run "subgraph pack --schema subgraphs/Products/schema.graphql" 'Packed subgraph products' \
  subgraph pack --name products --url http://127.0.0.1:4002/graphql --schema subgraphs/Products/schema.graphql -o "$tmp/products.fsp-subgraph"

if [ "$failures" -gt 0 ]; then echo "readme-commands: $failures failure(s)"; exit 1; fi
echo "readme-commands: passed"
