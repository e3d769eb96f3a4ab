#!/usr/bin/env bash
# Checks that the committed root gateway.fsp is what composing the sample subgraphs gives now
# (docs/composition.md: CI recomposes and fails when the committed package is stale).
# Inputs: every subgraphs/<Name>/ holding schema.graphql (+ subgraph-settings.json: name, url).
# Passes with "no sample subgraph schemas yet" only while no subgraphs/*/schema.graphql exists.
# To refresh the package:  tests/scripts/gateway-fsp-fresh.sh --update
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

dirs=()
for schema in subgraphs/*/schema.graphql; do
  [ -f "$schema" ] && dirs+=("$(dirname "$schema")")
done
if [ ${#dirs[@]} -eq 0 ]; then
  echo "gateway-fsp-fresh: no sample subgraph schemas yet (subgraphs/*/schema.graphql); nothing to check"
  exit 0
fi

# The most recently built tool (tests/run.sh builds Release; a local Debug build may be newer).
dll=$(ls -t "$root"/src/GraphGateway/bin/{Release,Debug}/net10.0/graphgateway.dll 2>/dev/null | head -n 1)
if [ -z "$dll" ]; then
  dotnet build "$root/src/GraphGateway/GraphGateway.csproj" -c Release -nologo -v q >/dev/null || { echo "gateway-fsp-fresh: build failed"; exit 1; }
  dll="$root/src/GraphGateway/bin/Release/net10.0/graphgateway.dll"
fi

args=()
for d in "${dirs[@]}"; do
  if [ ! -f "$d/subgraph-settings.json" ]; then
    echo "gateway-fsp-fresh: FAIL: $d/schema.graphql has no $d/subgraph-settings.json (name, url)"
    exit 1
  fi
  args+=(--subgraph-dir "$d")
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! dotnet "$dll" compose "${args[@]}" -o "$tmp/gateway.fsp" >/dev/null; then
  echo "gateway-fsp-fresh: FAIL: the sample subgraphs do not compose (errors above)"
  exit 1
fi

if [ "${1:-}" = "--update" ]; then
  cp "$tmp/gateway.fsp" gateway.fsp
  echo "gateway-fsp-fresh: wrote gateway.fsp from ${#dirs[@]} subgraph(s)"
  exit 0
fi

if [ ! -f gateway.fsp ]; then
  echo "gateway-fsp-fresh: FAIL: gateway.fsp is missing; create it with: tests/scripts/gateway-fsp-fresh.sh --update"
  exit 1
fi
if ! cmp -s "$tmp/gateway.fsp" gateway.fsp; then
  echo "gateway-fsp-fresh: FAIL: gateway.fsp is stale (recomposing ${dirs[*]} gives different bytes); refresh it with: tests/scripts/gateway-fsp-fresh.sh --update"
  exit 1
fi
echo "gateway-fsp-fresh: gateway.fsp is up to date (${#dirs[@]} subgraphs)"
