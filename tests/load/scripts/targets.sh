# Targets of tests/load/run.sh (sourced): start one, check its answer, load it, measure, stop it.
# Uses the settings and helpers of run.sh, procs.sh and setup.sh; appends one JSON line per run to $RESULTS.

# peer_version <npm package>: the installed version in tests/load/peers.
peer_version() { node -p "require('$LOAD/peers/node_modules/$1/package.json').version" 2>/dev/null || echo "?"; }

# record <json fields as jq --arg/--argjson pairs...>: appends one result object.
record() { jq -cn "$@" '$ARGS.named' >>"$RESULTS"; }

# check_response <url> <body-file> <expected-file> <authorization or empty>: 0 when the answer is HTTP 200 and
# equals the expected JSON (key order ignored); otherwise prints why and returns 1.
check_response() {
  local url=$1 body=$2 expected=$3 auth=$4 code
  local args=(-s -m 30 -o "$TMP/response.json" -w '%{http_code}' -X POST -H 'content-type: application/json' --data-binary "@$body")
  [ -n "$auth" ] && args+=(-H "authorization: $auth")
  code=$(curl "${args[@]}" "$url" 2>/dev/null || true)
  if [ "$code" != 200 ]; then
    echo "HTTP $code: $(head -c 300 "$TMP/response.json" 2>/dev/null)"
    return 1
  fi
  node "$LOAD/scripts/json-equal.mjs" "$expected" "$TMP/response.json" 2>&1 || return 1
}

# run_wrk <seconds> <url> <body-file> <unique-auth 0|1>: prints wrk's RESULT line.
run_wrk() {
  LOAD_BODY_FILE=$3 LOAD_UNIQUE_AUTH=$4 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1"s --timeout 10s \
    -s "$LOAD/scripts/wrk.lua" "$2" | grep '^RESULT '
}

# wait_quiet: waits (at most 15 s) until the subgraph server's request count stops moving for 0.5 s, so a
# gateway still working off requests of closed connections does not leak into the next count.
wait_quiet() {
  local before after i
  before=$(curl -s "$STATS_URL" | jq '.total.requests')
  for i in $(seq 1 30); do
    sleep 0.5
    after=$(curl -s "$STATS_URL" | jq '.total.requests')
    [ "$after" = "$before" ] && return 0
    before=$after
  done
}

# run_target <target> <mode>
run_target() {
  local target=$1 mode=$2 port="" url label pid="" log=$TMP/$1-$2.log unique=0 auth=""
  local body=$LOAD/bench/query.json expected=$LOAD/bench/expected.json
  [ "$mode" = unique-auth ] && unique=1 auth="Bearer check-$RANDOM"
  local gateway_port
  case "$target" in ours) gateway_port=$((BASE_PORT + 1)) ;; apollo) gateway_port=$((BASE_PORT + 2)) ;;
    hive) gateway_port=$((BASE_PORT + 3)) ;; hive-router) gateway_port=$((BASE_PORT + 4)) ;; ours:*) gateway_port=$((BASE_PORT + 5)) ;; *) gateway_port="" ;; esac
  if [ -n "$gateway_port" ] && port_in_use "$gateway_port"; then
    echo "== [$mode] $target: FAILED — port $gateway_port is already in use by a process this run did not start"
    record --arg target "$target" --arg label "$target" --arg mode "$mode" --arg status failed --arg reason "port $gateway_port already in use"
    return 0
  fi
  case "$target" in
    ours)
      label="GraphGateway (ours)"; port=$((BASE_PORT + 1)); url=http://127.0.0.1:$port$OUR_GATEWAY_PATH
      if [ -n "$OUR_SKIP_REASON" ]; then
        echo "== [$mode] $label: SKIPPED — $OUR_SKIP_REASON"
        record --arg target "$target" --arg label "$label" --arg mode "$mode" --arg status skipped --arg reason "$OUR_SKIP_REASON"
        return 0
      fi
      # shellcheck disable=SC2046,SC2086
      start_bg "$log" env $OUR_GATEWAY_ENV $(our_gateway_command "$SUPERGRAPH" "$port") ;;
    ours:*)
      local variant=${target#ours:} dll_var env_var
      dll_var=OUR_VARIANT_${variant}_DLL env_var=OUR_VARIANT_${variant}_ENV
      label="GraphGateway (ours: $variant)"; port=$((BASE_PORT + 5)); url=http://127.0.0.1:$port$OUR_GATEWAY_PATH
      local dll=${!dll_var:-$OUR_GATEWAY_DLL}
      [ "${dll#/}" = "$dll" ] && dll=$REPO/$dll
      if [ ! -f "$dll" ]; then
        echo "== [$mode] $label: FAILED — $dll does not exist (set $dll_var)"
        record --arg target "$target" --arg label "$label" --arg mode "$mode" --arg status failed --arg reason "$dll does not exist"
        return 0
      fi
      # shellcheck disable=SC2046,SC2086
      start_bg "$log" env $OUR_GATEWAY_ENV ${!env_var:-} dotnet "$dll" serve --supergraph "$SUPERGRAPH" --urls "http://127.0.0.1:$port" ;;
    apollo)
      label="Apollo Gateway $(peer_version @apollo/gateway) (@apollo/server $(peer_version @apollo/server))"
      port=$((BASE_PORT + 2)); url=http://127.0.0.1:$port/
      start_bg "$log" env NODE_ENV=production node "$LOAD/scripts/apollo-gateway.mjs" "$SUPERGRAPH" "$port" ;;
    hive)
      label="Hive Gateway $(peer_version @graphql-hive/gateway)"
      port=$((BASE_PORT + 3)); url=http://127.0.0.1:$port/graphql
      start_bg "$log" env NODE_ENV=production node "$LOAD/scripts/hive-gateway.mjs" "$SUPERGRAPH" "$port" ;;
    hive-router)
      label="Hive Gateway $(peer_version @graphql-hive/gateway) + router-runtime $(peer_version @graphql-hive/router-runtime)"
      port=$((BASE_PORT + 4)); url=http://127.0.0.1:$port/graphql
      start_bg "$log" env NODE_ENV=production node "$LOAD/scripts/hive-gateway.mjs" "$SUPERGRAPH" "$port" --router-runtime ;;
    ceiling)
      label="ceiling: products subgraph direct (topProducts)"
      url=http://127.0.0.1:$SUBGRAPH_PORT/products
      body=$LOAD/ceiling/query.json expected=$LOAD/ceiling/expected.json ;;
  esac
  [ "$target" != ceiling ] && pid=$LAST_PID
  echo "== [$mode] $label"

  if [ -n "$pid" ] && ! wait_ready "$url" "$body" "$pid" 60; then
    local why
    exit_note "$pid"
    if [ "$EXIT_NOTE" = "still running" ]; then why="no HTTP 200 from $url within 60 s"; else why="$EXIT_NOTE before answering $url"; fi
    local log_text
    log_text=$(grep -v '^[[:space:]]*$' "$log" | head -4 | tr '\n' ' ' | head -c 300)
    why="$why${log_text:+; log: $log_text}"
    stop_pid "$pid"
    if [ "$target" = ours ]; then
      echo "   SKIPPED (not runnable yet) — $why"
      record --arg target "$target" --arg label "$label" --arg mode "$mode" --arg status skipped --arg reason "not runnable yet: $why"
    else
      echo "   FAILED — $why"
      record --arg target "$target" --arg label "$label" --arg mode "$mode" --arg status failed --arg reason "$why"
    fi
    return 0
  fi

  local diff
  if ! diff=$(check_response "$url" "$body" "$expected" "$auth"); then
    echo "   FAILED — wrong response before the run: $diff"
    record --arg target "$target" --arg label "$label" --arg mode "$mode" --arg status failed --arg reason "wrong response: $diff"
    [ -n "$pid" ] && stop_pid "$pid"
    return 0
  fi

  # Subgraph requests of one client request, alone (no merging with concurrent requests possible).
  local single
  wait_quiet
  curl -s -X POST "$STATS_URL/reset" >/dev/null
  check_response "$url" "$body" "$expected" "$auth" >/dev/null || true
  wait_quiet
  single=$(curl -s "$STATS_URL" | jq '.total.requests')

  [ "$WARMUP" -gt 0 ] && run_wrk "$WARMUP" "$url" "$body" "$unique" >/dev/null
  wait_quiet
  curl -s -X POST "$STATS_URL/reset" >/dev/null
  local cpu0=0 cpu1=0 scpu0 scpu1 rss=0 line stats
  [ -n "$pid" ] && cpu0=$(cpu_ticks "$pid")
  scpu0=$(cpu_ticks "$SUBGRAPHS_PID")
  line=$(run_wrk "$DURATION" "$url" "$body" "$unique") || line=""
  [ -n "$pid" ] && cpu1=$(cpu_ticks "$pid") && rss=$(peak_rss_kb "$pid")
  scpu1=$(cpu_ticks "$SUBGRAPHS_PID")
  stats=$(curl -s "$STATS_URL")

  local status=ok reason=""
  if [ -z "$line" ]; then
    status=failed reason="wrk produced no result"
  elif [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
    exit_note "$pid"
    status=failed reason="the gateway process ended during the run ($EXIT_NOTE)"
  elif ! diff=$(check_response "$url" "$body" "$expected" "$auth"); then
    status=failed reason="wrong response after the run: $diff"
  fi
  local sub_requests sub_auth
  sub_requests=$(jq '.total.requests' <<<"$stats")
  sub_auth=$(jq '.total.withAuthorization' <<<"$stats")
  if [ "$status" = ok ] && [ "$unique" = 1 ] && { [ "$sub_requests" -eq 0 ] || [ "$sub_auth" -ne "$sub_requests" ]; }; then
    status=failed reason="authorization not forwarded: $sub_auth of $sub_requests subgraph requests carried it"
  fi

  local kv w_requests=0 w_duration_us=1 w_p50_us=0 w_p99_us=0 w_status_errors=0 w_connect=0 w_read=0 w_write=0 w_timeout=0 w_bytes=0
  for kv in ${line#RESULT }; do local "w_${kv%%=*}=${kv#*=}"; done
  record --arg target "$target" --arg label "$label" --arg mode "$mode" --arg status "$status" --arg reason "$reason" \
    --argjson round "${ROUND:-1}" --argjson requests "$w_requests" --argjson durationUs "$w_duration_us" --argjson p50Us "$w_p50_us" --argjson p99Us "$w_p99_us" \
    --argjson statusErrors "$w_status_errors" \
    --argjson socketErrors $((w_connect + w_read + w_write + w_timeout)) --argjson bytes "$w_bytes" \
    --argjson gatewayCpuS "$(ticks_to_seconds $((cpu1 - cpu0)))" --argjson subgraphCpuS "$(ticks_to_seconds $((scpu1 - scpu0)))" \
    --argjson peakRssKb "$rss" --argjson hasGateway "$([ -n "$pid" ] && echo true || echo false)" \
    --argjson subgraphRequestsSingle "$single" --argjson subgraphRequests "$sub_requests" --argjson subgraphWithAuthorization "$sub_auth"
  echo "   $status${reason:+ — $reason}: ${line#RESULT }"
  [ -n "$pid" ] && stop_pid "$pid"
  return 0
}
