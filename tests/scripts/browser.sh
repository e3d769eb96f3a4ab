#!/usr/bin/env bash
# Browser test: starts the sample subgraphs and the gateway with `graphgateway dev` (as the README does),
# opens the IDE at the endpoint URL in headless Debian Chromium (playwright-core from tests/tools/browser),
# checks schema completion, runs tests/scripts/smoke/01-all-subgraphs.graphql, and asserts the result pane
# shows the expected data and the "Query plan" panel shows a plan naming all four subgraphs.
# Screenshot: TestResults/browser/ide.png. Exit 0 = pass; "SKIP: ..." (exit 0) only while pieces are missing.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=smoke/dev-process.bash
source "$here/smoke/dev-process.bash"

missing=$(gg_missing_pieces)
if ! gg_ide_wired; then
  missing="${missing:+$missing
}the IDE wired into graphgateway serve (UseGraphGatewayIde)"
fi
if [ -n "$missing" ]; then
  echo "SKIP: not in the repository yet: $(echo "$missing" | paste -sd ';' | sed 's/;/; /g')"
  exit 0
fi
gg_need_jq || exit 1

if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium (apt-get)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation; } >"${TMPDIR:-/tmp}/chromium-install.log" 2>&1 \
    || { tail -20 "${TMPDIR:-/tmp}/chromium-install.log"; echo "FAIL: could not install chromium"; exit 1; }
fi
tools="$GG_ROOT/tests/tools/browser"
if [ ! -f "$tools/node_modules/playwright-core/package.json" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error) || { echo "FAIL: npm ci in tests/tools/browser failed"; exit 1; }
fi

status=0
cleanup() {
  mkdir -p "$GG_ROOT/TestResults/browser"
  [ -n "$GG_LOG" ] && [ -f "$GG_LOG" ] && cp "$GG_LOG" "$GG_ROOT/TestResults/browser/dev.log"
  gg_stop_dev || status=1
  if [ "$status" != 0 ]; then echo "browser: failed"; exit 1; fi
  echo "browser: passed"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

gg_start_dev || { status=1; exit 1; }

operation="$here/smoke/01-all-subgraphs.graphql"
expected_data=$(mktemp "${TMPDIR:-/tmp}/ide-expected.XXXXXX.json")
jq '.data' "$here/smoke/01-all-subgraphs.expected.json" > "$expected_data"
subgraphs=$(jq -r '.GraphGateway.Dev.Subgraphs | keys | join(",")' "$GG_ROOT/src/GraphGateway/appsettings.json")

timeout 180 node "$tools/ide-test.mjs" \
  --url "$GG_URL" \
  --operation "$operation" \
  --expected "$expected_data" \
  --completion topProducts \
  --plan-contains "$subgraphs" \
  --screenshot "$GG_ROOT/TestResults/browser/ide.png" || status=1
rm -f "$expected_data"
