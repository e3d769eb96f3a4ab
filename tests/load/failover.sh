#!/usr/bin/env bash
# Failover harness: our gateway over two instances of the benchmark's inventory subgraph, one of which is killed
# (SIGKILL, later restarted) or frozen (SIGSTOP, later SIGCONT) under load (BENCHMARKS.md, "Failover under load").
# Loopback only, bounded duration; stops only what it started, by PID.
#
# Usage: tests/load/failover.sh [options]
#   --phase S           seconds per phase: before the fault, during it, after it is undone (default 10)
#   --warmup S          warm-up seconds before the first phase, discarded (default 5)
#   --connections N     concurrent connections (default 50)
#   --threads N         wrk threads (default 2)
#   --scenarios LIST    comma list of: kill,freeze (default: both)
#   --modes LIST        comma list of: off,on (default: both). off = RoundRobin, passive health off (the feature
#                       switched off); on = the built-in settings (PeakEwma, passive health)
#   --subgraph-port P   instance A serves on P, instance B (the one that fails) on P+1 (default 4210)
#   --gateway-port P    our gateway listens on P (default 4311)
#   --no-build          do not build the .NET projects (use what is in bin/Release)
#   -h, --help          this text
# Output: a Markdown table on stdout and in tests/load/results/failover-<UTC timestamp>.md.
set -euo pipefail

PHASE=10 WARMUP=5 CONNECTIONS=50 THREADS=2 SCENARIOS=kill,freeze MODES=off,on SUBGRAPH_PORT=4210 GATEWAY_PORT=4311 BUILD=1
TARGETS=ours
ORIGINAL_ARGS="$*"
usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --phase) PHASE=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --scenarios) SCENARIOS=$2; shift 2 ;;
    --modes) MODES=$2; shift 2 ;;
    --subgraph-port) SUBGRAPH_PORT=$2; shift 2 ;;
    --gateway-port) GATEWAY_PORT=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "failover.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
for n in PHASE WARMUP CONNECTIONS THREADS SUBGRAPH_PORT GATEWAY_PORT; do
  [[ ${!n} =~ ^[0-9]+$ ]] || { echo "failover.sh: --$(echo "$n" | tr 'A-Z_' 'a-z-') must be a whole number, got '${!n}'" >&2; exit 2; }
done
[ "$PHASE" -ge 2 ] && [ "$PHASE" -le 300 ] || { echo "failover.sh: --phase must be 2..300 s" >&2; exit 2; }
[ "$WARMUP" -le 120 ] || { echo "failover.sh: --warmup must be 0..120 s" >&2; exit 2; }
[ "$THREADS" -ge 1 ] && [ "$THREADS" -le "$CONNECTIONS" ] || { echo "failover.sh: need 1 <= --threads <= --connections" >&2; exit 2; }
for s in ${SCENARIOS//,/ }; do case "$s" in kill|freeze) ;; *) echo "failover.sh: unknown scenario '$s'" >&2; exit 2 ;; esac; done
for m in ${MODES//,/ }; do case "$m" in off|on) ;; *) echo "failover.sh: unknown mode '$m'" >&2; exit 2 ;; esac; done

cd "$(dirname "$0")/../.."
REPO=$PWD
LOAD=$REPO/tests/load
TMP=$LOAD/.tmp
mkdir -p "$TMP" "$LOAD/results"
# The gateway's build and start command come from run.sh's OUR_GATEWAY_* block (same defaults, same overrides).
eval "$(sed -n '/^OUR_GATEWAY_PROJECT=/,/^}/p' "$LOAD/run.sh")"
source "$LOAD/scripts/procs.sh"
source "$LOAD/scripts/setup.sh"
FROZEN_PID=""
cleanup() { [ -n "$FROZEN_PID" ] && kill -CONT "$FROZEN_PID" 2>/dev/null; stop_all; }
trap cleanup EXIT
trap 'exit 130' INT TERM
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

ensure_tools
SUBGRAPHS_DLL=$(build_subgraphs)
SKIP=$(build_ours)
[ -z "$SKIP" ] || { echo "failover.sh: our gateway is not runnable: $SKIP" >&2; exit 1; }
# The committed benchmark supergraph; every subgraph URL is set by configuration below.
SUPERGRAPH=$LOAD/bench/supergraph.graphql
A_PORT=$SUBGRAPH_PORT B_PORT=$((SUBGRAPH_PORT + 1))
for p in "$A_PORT" "$B_PORT" "$GATEWAY_PORT"; do
  if port_in_use "$p"; then echo "failover.sh: port $p is already in use by a process this run did not start" >&2; exit 1; fi
done

# start_instance <port>: starts the benchmark subgraph server; leaves its PID in LAST_PID.
start_instance() {
  start_bg "$TMP/instance-$1.log" env ASPNETCORE_ENVIRONMENT=Production dotnet "$SUBGRAPHS_DLL" --urls "http://127.0.0.1:$1"
  wait_ready "http://127.0.0.1:$1/products" "$LOAD/ceiling/query.json" "$LAST_PID" 60 || { echo "failover.sh: instance on $1 did not start" >&2; exit 1; }
}

# inventory_requests <port>: inventory requests the instance on <port> has served since its last reset.
inventory_requests() { curl -s -m 2 "http://127.0.0.1:$1/stats" 2>/dev/null | jq '.inventory.requests' 2>/dev/null || echo "-"; }
reset_stats() { curl -s -m 2 -X POST "http://127.0.0.1:$1/stats/reset" >/dev/null 2>&1 || true; }

# wrk_phase <seconds>: prints wrk's RESULT line for the benchmark request against our gateway.
wrk_phase() {
  LOAD_BODY_FILE=$LOAD/bench/query.json LOAD_UNIQUE_AUTH=0 LOAD_COUNT_ERRORS=1 \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1"s --timeout 30s -s "$LOAD/scripts/wrk.lua" "http://127.0.0.1:$GATEWAY_PORT$OUR_GATEWAY_PATH" | grep '^RESULT '
}

RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
REPORT=$LOAD/results/failover-$RUN_ID.md
ROWS=$TMP/failover-$RUN_ID.rows
: >"$ROWS"

start_instance "$A_PORT"; A_PID=$LAST_PID
for scenario in ${SCENARIOS//,/ }; do
  for mode in ${MODES//,/ }; do
    echo "== $scenario, feature $mode"
    start_instance "$B_PORT"; B_PID=$LAST_PID
    mode_env="GraphGateway__Subgraphs__inventory__Urls__0=http://127.0.0.1:$A_PORT/inventory GraphGateway__Subgraphs__inventory__Urls__1=http://127.0.0.1:$B_PORT/inventory"
    for name in accounts products reviews; do mode_env="$mode_env GraphGateway__Subgraphs__${name}__Url=http://127.0.0.1:$A_PORT/$name"; done
    if [ "$mode" = off ]; then
      mode_env="$mode_env GraphGateway__Subgraphs__inventory__LoadBalancing=RoundRobin GraphGateway__Subgraphs__inventory__HealthCheck__Passive__Enabled=false"
    fi
    # shellcheck disable=SC2046,SC2086
    start_bg "$TMP/failover-gateway.log" env $OUR_GATEWAY_ENV $mode_env $(our_gateway_command "$SUPERGRAPH" "$GATEWAY_PORT")
    GW_PID=$LAST_PID
    wait_ready "http://127.0.0.1:$GATEWAY_PORT$OUR_GATEWAY_PATH" "$LOAD/bench/query.json" "$GW_PID" 60 || { echo "failover.sh: gateway did not start; log:" >&2; tail -20 "$TMP/failover-gateway.log" >&2; exit 1; }
    [ "$WARMUP" -gt 0 ] && wrk_phase "$WARMUP" >/dev/null   # warm-up, discarded
    for phase in before during after; do
      case "$phase:$scenario" in
        during:kill) kill -KILL "$B_PID"; wait "$B_PID" 2>/dev/null || true ;;
        during:freeze) kill -STOP "$B_PID"; FROZEN_PID=$B_PID ;;
        after:kill) stop_pid "$B_PID"; start_instance "$B_PORT"; B_PID=$LAST_PID ;;
        after:freeze) kill -CONT "$B_PID"; FROZEN_PID="" ;;
      esac
      reset_stats "$A_PORT"; [ "$phase:$scenario" != during:freeze ] && reset_stats "$B_PORT"
      line=$(wrk_phase "$PHASE") || line=""
      a=$(inventory_requests "$A_PORT"); b="-"
      [ "$phase:$scenario" != during:freeze ] && b=$(inventory_requests "$B_PORT")
      declare -A w=([requests]=0 [duration_us]=1 [p50_us]=0 [p99_us]=0 [status_errors]=0 [connect]=0 [read]=0 [write]=0 [timeout]=0 [graphql_errors]=0)
      for kv in ${line#RESULT }; do w[${kv%%=*}]=${kv#*=}; done
      row=$(awk -v s="$scenario" -v m="$mode" -v ph="$phase" -v n="${w[requests]}" -v d="${w[duration_us]}" -v p50="${w[p50_us]}" -v p99="${w[p99_us]}" \
        -v st="${w[status_errors]}" -v ge="${w[graphql_errors]}" -v so=$((w[connect] + w[read] + w[write] + w[timeout])) -v a="$a" -v b="$b" \
        'BEGIN { printf "| %s | %s | %s | %.0f | %.1f | %.1f | %d | %d | %d | %s | %s |", s, m, ph, n / (d / 1e6), p50 / 1000, p99 / 1000, ge, st, so, a, b }')
      echo "$row" | tee -a "$ROWS"
    done
    stop_pid "$GW_PID"
    stop_pid "$B_PID"
  done
done

{
  echo "# Failover under load ($RUN_ID)"
  echo
  echo "- command: \`tests/load/failover.sh${ORIGINAL_ARGS:+ $ORIGINAL_ARGS}\`"
  echo "- warm-up ${WARMUP} s, then phases of ${PHASE} s each, ${CONNECTIONS} connections, ${THREADS} wrk threads; instance A on $A_PORT, B (fails) on $B_PORT"
  echo "- machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo
  echo "| scenario | feature | phase | req/s | p50 ms | p99 ms | responses with errors | non-2xx | socket errors | inventory requests A | inventory requests B |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  cat "$ROWS"
} >"$REPORT"
cat "$REPORT"
echo "== written to ${REPORT#"$REPO"/}"
