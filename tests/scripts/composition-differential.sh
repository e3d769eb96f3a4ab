#!/usr/bin/env bash
# Differential test: composes every case under tests/GraphGateway.Core.Tests/Composition/Cases/ with the
# reference composition (npm @apollo/composition, pinned in tests/tools/composition-diff/package-lock.json)
# and with GraphGateway's `graphgateway compose`, then compares (see compare.js). Exit 0 = every case
# agrees or is listed with a reason in tests/tools/composition-diff/known-differences.txt.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
tool="$root/tests/tools/composition-diff"
cases="$root/tests/GraphGateway.Core.Tests/Composition/Cases"

if ! (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
  echo "composition-differential: npm ci failed in $tool"; exit 1
fi

# The most recently built tool (tests/run.sh builds Release; a local Debug build may be newer).
dll=$(ls -t "$root"/src/GraphGateway/bin/{Release,Debug}/net10.0/graphgateway.dll 2>/dev/null | head -n 1)
if [ -z "$dll" ]; then
  dotnet build "$root/src/GraphGateway/GraphGateway.csproj" -c Release -nologo -v q >/dev/null || { echo "composition-differential: build failed"; exit 1; }
  dll="$root/src/GraphGateway/bin/Release/net10.0/graphgateway.dll"
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The case folders, plus the sample subgraphs (subgraphs/<Name>/schema.graphql, named by their
# subgraph-settings.json) as one more case when they exist.
all="$out/cases"
mkdir -p "$all"
for dir in "$cases"/*/; do ln -s "$dir" "$all/$(basename "$dir")"; done
for schema in subgraphs/*/schema.graphql; do
  [ -f "$schema" ] || continue
  settings="$(dirname "$schema")/subgraph-settings.json"
  name=$(node -e 'try { console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).name || "") } catch { console.log("") }' "$settings" 2>/dev/null)
  [ -n "$name" ] || name=$(basename "$(dirname "$schema")" | tr 'A-Z' 'a-z')
  mkdir -p "$all/sample-subgraphs"
  cp "$schema" "$all/sample-subgraphs/$name.graphql"
done
cases="$all"
for dir in "$cases"/*/; do
  name=$(basename "$dir")
  args=()
  for f in "$dir"*.graphql; do
    sub=$(basename "$f" .graphql)
    args+=(--subgraph "$sub=$f@http://$sub")
  done
  timeout 120 dotnet "$dll" compose "${args[@]}" --supergraph-out "$out/$name.graphql" >/dev/null 2>"$out/$name.err"
  echo $? > "$out/$name.rc"
done

node "$tool/compare.js" "$cases" "$out" "$tool/known-differences.txt"
