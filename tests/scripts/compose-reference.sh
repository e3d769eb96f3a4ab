#!/usr/bin/env bash
# Composes the four committed sample subgraph SDL files (subgraphs/<Name>/schema.graphql) with the
# reference composition (npm @apollo/composition, pinned in tests/tools/reference-composition) and
# fails on any composition error or on a hint that is not expected. Writes the reference supergraph
# to a temporary file and prints its size. Exit 0 = pass.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tool="$root/tests/tools/reference-composition"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "compose-reference: node and npm are required" >&2
  exit 1
fi

# Install exactly the locked versions (quietly; node_modules is git-ignored).
if [ ! -d "$tool/node_modules/@apollo/composition" ] || [ "$tool/package-lock.json" -nt "$tool/node_modules/.package-lock.json" ]; then
  (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

out="$(mktemp -t reference-supergraph.XXXXXX.graphql)"
trap 'rm -f "$out"' EXIT

# Expected hints: the samples keep Product.inStock in products while inventory overrides it, and
# migrate Product.lowStock with a progressive @override label (both on purpose, for the gateway).
node "$tool/compose.mjs" "$out" \
  accounts="$root/subgraphs/Accounts/schema.graphql" \
  products="$root/subgraphs/Products/schema.graphql" \
  inventory="$root/subgraphs/Inventory/schema.graphql" \
  reviews="$root/subgraphs/Reviews/schema.graphql" \
  --allow-hint OVERRIDDEN_FIELD_CAN_BE_REMOVED \
  --allow-hint OVERRIDE_MIGRATION_IN_PROGRESS
echo "compose-reference: OK ($(wc -c < "$out") bytes of supergraph SDL)"
