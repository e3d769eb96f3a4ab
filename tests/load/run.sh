#!/usr/bin/env bash
# Load harness: our gateway beside peer gateways on the four-subgraph benchmark (BENCHMARKS.md).
# Loopback only, bounded duration. Targets run one after another under identical load (wrk, closed loop).
#
# Usage: tests/load/run.sh [options]
#   --warmup S          warm-up seconds per run, discarded (default 5)
#   --duration S        measured seconds per run (default 20)
#   --connections N     concurrent connections (default 50)
#   --threads N         wrk threads (default 2)
#   --targets LIST      comma list of: ours,apollo,hive,hive-router,ceiling, ours:NAME (default: all but ours:*)
#   --rounds N          run the whole target list N times, interleaved, and report medians (default 1)
#   --modes LIST        comma list of: identical,unique-auth (default: both)
#   --subgraph-port P   port of the benchmark subgraph server (default 4200)
#   --base-port P       gateways listen on P+1 .. P+4 (default 4300)
#   --no-build          do not build the .NET projects (use what is in bin/Release)
#   -h, --help          this text
# Variants of our gateway, measured side by side in one run (before/after a change, a feature off/on): target
# ours:NAME starts  dotnet $OUR_VARIANT_<NAME>_DLL serve ...  (default: OUR_GATEWAY_DLL) with the environment
# OUR_GATEWAY_ENV plus $OUR_VARIANT_<NAME>_ENV (space-separated NAME=VALUE pairs). NAME: letters, digits, _.
# Output: a Markdown table per mode on stdout and in tests/load/results/<UTC timestamp>.md.
# Exit code: 0 when every target that ran passed its checks (a skipped "ours" is not a failure).
set -euo pipefail

# ───────────────────────────────────────────────────────────────────────────────────────────────────
# OUR GATEWAY — the one place that says how our gateway is built and started. Override by environment.
#   OUR_GATEWAY_PROJECT  project built in Release before the run (skipped when the file does not exist)
#   OUR_GATEWAY_DLL      the built server; started as: dotnet <dll> serve --supergraph <file> --urls <url>
#   OUR_GATEWAY_PATH     HTTP path of the GraphQL endpoint
#   OUR_GATEWAY_COMMAND  optional: the whole start command instead, with {supergraph} and {port} placeholders
#   OUR_GATEWAY_ENV      extra environment for the process, space-separated NAME=VALUE pairs; it must make
#                        the gateway forward the client's `authorization` header to every subgraph
#                        (the unique-auth mode checks this on the subgraph server and fails the target if not).
OUR_GATEWAY_PROJECT=${OUR_GATEWAY_PROJECT:-src/GraphGateway/GraphGateway.csproj}
OUR_GATEWAY_DLL=${OUR_GATEWAY_DLL:-src/GraphGateway/bin/Release/net10.0/graphgateway.dll}
OUR_GATEWAY_PATH=${OUR_GATEWAY_PATH:-/graphql}
OUR_GATEWAY_ENV=${OUR_GATEWAY_ENV:-ASPNETCORE_ENVIRONMENT=Production GraphGateway__ForwardHeaders__0=authorization}
OUR_GATEWAY_COMMAND=${OUR_GATEWAY_COMMAND:-}
our_gateway_command() { # <supergraph-file> <port>
  if [ -n "$OUR_GATEWAY_COMMAND" ]; then
    local c=${OUR_GATEWAY_COMMAND//\{supergraph\}/$1}
    echo "${c//\{port\}/$2}"
  else
    echo dotnet "$OUR_GATEWAY_DLL" serve --supergraph "$1" --urls "http://127.0.0.1:$2"
  fi
}
# ───────────────────────────────────────────────────────────────────────────────────────────────────

WARMUP=5 DURATION=20 CONNECTIONS=50 THREADS=2 ROUNDS=1
TARGETS=ours,apollo,hive,hive-router,ceiling MODES=identical,unique-auth
SUBGRAPH_PORT=4200 BASE_PORT=4300 BUILD=1
ORIGINAL_ARGS="$*"

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) WARMUP=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --targets) TARGETS=$2; shift 2 ;;
    --modes) MODES=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --subgraph-port) SUBGRAPH_PORT=$2; shift 2 ;;
    --base-port) BASE_PORT=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
for n in WARMUP DURATION CONNECTIONS THREADS SUBGRAPH_PORT BASE_PORT ROUNDS; do
  [[ ${!n} =~ ^[0-9]+$ ]] || { echo "run.sh: --$(echo "$n" | tr 'A-Z_' 'a-z-') must be a whole number, got '${!n}'" >&2; exit 2; }
done
[ "$DURATION" -ge 1 ] && [ "$DURATION" -le 600 ] || { echo "run.sh: --duration must be 1..600 s" >&2; exit 2; }
[ "$WARMUP" -le 120 ] || { echo "run.sh: --warmup must be 0..120 s" >&2; exit 2; }
[ "$THREADS" -ge 1 ] && [ "$THREADS" -le "$CONNECTIONS" ] || { echo "run.sh: need 1 <= --threads <= --connections" >&2; exit 2; }
for t in ${TARGETS//,/ }; do
  case "$t" in
    ours|apollo|hive|hive-router|ceiling) ;;
    ours:*) [[ ${t#ours:} =~ ^[A-Za-z0-9_]+$ ]] || { echo "run.sh: variant name in '$t' must be letters, digits or _" >&2; exit 2; } ;;
    *) echo "run.sh: unknown target '$t'" >&2; exit 2 ;;
  esac
done
for m in ${MODES//,/ }; do
  case "$m" in identical|unique-auth) ;; *) echo "run.sh: unknown mode '$m'" >&2; exit 2 ;; esac
done

cd "$(dirname "$0")/../.."
REPO=$PWD
LOAD=$REPO/tests/load
TMP=$LOAD/.tmp
mkdir -p "$TMP" "$LOAD/results"
# shellcheck source=scripts/procs.sh
source "$LOAD/scripts/procs.sh"
source "$LOAD/scripts/setup.sh"
trap stop_all EXIT
trap 'exit 130' INT TERM
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

ensure_tools
ensure_peers
SUBGRAPHS_DLL=$(build_subgraphs)
OUR_SKIP_REASON=$(build_ours)
SUPERGRAPH=$(prepare_supergraph "$SUBGRAPH_PORT")

RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$TMP/$RUN_ID.jsonl
: >"$RESULTS"

echo "== starting benchmark subgraphs on 127.0.0.1:$SUBGRAPH_PORT"
if port_in_use "$SUBGRAPH_PORT"; then
  echo "run.sh: port $SUBGRAPH_PORT is already in use by a process this run did not start (choose --subgraph-port)" >&2; exit 1
fi
start_bg "$TMP/subgraphs.log" env ASPNETCORE_ENVIRONMENT=Production dotnet "$SUBGRAPHS_DLL" --urls "http://127.0.0.1:$SUBGRAPH_PORT"
SUBGRAPHS_PID=$LAST_PID
STATS_URL=http://127.0.0.1:$SUBGRAPH_PORT/stats
if ! wait_ready "http://127.0.0.1:$SUBGRAPH_PORT/products" "$LOAD/ceiling/query.json" "$SUBGRAPHS_PID" 60; then
  echo "run.sh: the benchmark subgraphs did not start; log:" >&2; tail -20 "$TMP/subgraphs.log" >&2; exit 1
fi

source "$LOAD/scripts/targets.sh"
for mode in ${MODES//,/ }; do
  for round in $(seq 1 "$ROUNDS"); do
    [ "$ROUNDS" -gt 1 ] && echo "== [$mode] round $round of $ROUNDS"
    for target in ${TARGETS//,/ }; do
      ROUND=$round run_target "$target" "$mode"
    done
  done
done

REPORT=$LOAD/results/$RUN_ID.md
node "$LOAD/scripts/report.mjs" "$RESULTS" \
  --command "tests/load/run.sh${ORIGINAL_ARGS:+ $ORIGINAL_ARGS}" \
  --settings "warm-up ${WARMUP} s, measured ${DURATION} s, ${CONNECTIONS} connections, ${THREADS} wrk threads, ${ROUNDS} round(s)" \
  --machine "$(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/^MemTotal/ { printf "%.0f GB RAM", $2/1048576 }' /proc/meminfo)" \
  --versions "dotnet $(dotnet --version), node $(node --version), $(wrk -v 2>&1 | head -1 | awk '{print $1, $2}')" \
  >"$REPORT"
cat "$REPORT"
echo "== written to ${REPORT#"$REPO"/}"
grep -q '"status":"failed"' "$RESULTS" && exit 1
exit 0
