# Shared by tests/scripts/smoke.sh and tests/scripts/browser.sh (sourced; not a test by itself).
# Starts `graphgateway dev` the way the README does (build the tool, then `dev --build`), on the default
# ports 4000-4004 when they are free or on free loopback ports otherwise, with fresh SQLite databases in a
# temporary folder; stops it by PID and checks that none of the processes it started outlived it.
#
# Environment (all optional):
#   GG_CONFIGURATION   Release or Debug (default: Release when src/GraphGateway/bin/Release exists, else Debug)
#   GG_FREE_PORTS=1    always use free ports instead of 4000-4004
#   GG_PORT=N          gateway port (subgraph ports stay as configured unless GG_FREE_PORTS=1)
#   GG_START_TIMEOUT   seconds to wait for "GraphGateway is serving at" (default 240, includes --build)

GG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
GG_DEV_PID=""
GG_URL=""
GG_LOG=""
GG_TMP=""

# Prints what is still missing for an end-to-end run (one line each); prints nothing when all is there.
gg_missing_pieces() {
  local name
  for name in Accounts Products Inventory Reviews; do
    [ -f "$GG_ROOT/subgraphs/$name/schema.graphql" ] || echo "sample subgraph schema subgraphs/$name/schema.graphql"
  done
  [ -f "$GG_ROOT/gateway.fsp" ] || echo "composed supergraph gateway.fsp"
  if grep -q "not available in this build yet" "$GG_ROOT/src/GraphGateway/Commands/ServeCommand.cs" 2>/dev/null; then
    echo "graphgateway serve (still a stub)"
  fi
  if grep -q "not available in this build yet" "$GG_ROOT/src/GraphGateway/Commands/DevCommand.cs" 2>/dev/null; then
    echo "graphgateway dev (still a stub)"
  fi
  if grep -q "Results.StatusCode(501)" "$GG_ROOT/src/GraphGateway.AspNetCore/Http/GraphGatewayEndpointRouteBuilderExtensions.cs" 2>/dev/null; then
    echo "GraphQL over HTTP endpoint MapGraphGateway (still answers 501)"
  elif ! grep -rq "MapGraphGateway(" "$GG_ROOT/src/GraphGateway" --include=*.cs; then
    echo "the GraphQL over HTTP endpoint wired into graphgateway serve (MapGraphGateway)"
  fi
}

gg_port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

gg_need_jq() {
  command -v jq >/dev/null && return 0
  echo "installing jq (apt-get)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq; } >/dev/null 2>&1 || { echo "FAIL: jq is missing and could not be installed"; return 1; }
}

# True when graphgateway serve adds the IDE middleware.
gg_ide_wired() { grep -rq "UseGraphGatewayIde" "$GG_ROOT/src/GraphGateway" --include=*.cs; }

# Builds the tool and starts `graphgateway dev --build` in the background; sets GG_DEV_PID and GG_URL.
gg_start_dev() {
  local configuration=${GG_CONFIGURATION:-}
  if [ -z "$configuration" ]; then
    if [ -f "$GG_ROOT/src/GraphGateway/bin/Release/net10.0/graphgateway.dll" ]; then configuration=Release; else configuration=Debug; fi
  fi
  GG_TMP=$(mktemp -d /tmp/graphgateway-dev.XXXXXX)
  GG_LOG="$GG_TMP/dev.log"

  echo "building src/GraphGateway ($configuration)"
  if ! dotnet build "$GG_ROOT/src/GraphGateway/GraphGateway.csproj" -c "$configuration" -nologo -v q -clp:ErrorsOnly >"$GG_TMP/build.log" 2>&1; then
    cat "$GG_TMP/build.log"; echo "FAIL: building src/GraphGateway failed"; return 1
  fi

  local args=(dev --build)
  local port
  if [ "${GG_FREE_PORTS:-0}" = 1 ]; then
    args+=(--free-ports)
  else
    for port in 4000 4001 4002 4003 4004; do
      if gg_port_in_use "$port"; then echo "port $port is taken: using free ports"; args+=(--free-ports); break; fi
    done
  fi
  [ -n "${GG_PORT:-}" ] && args+=(--port "$GG_PORT")
  # Fresh databases: every run starts from the seeded data, so responses are exact.
  local name
  for name in $(jq -r '.GraphGateway.Dev.Subgraphs | keys[]' "$GG_ROOT/src/GraphGateway/appsettings.json"); do
    args+=("--GraphGateway:Dev:Subgraphs:$name:Environment:Database__Path=$GG_TMP/$name.db")
  done

  echo "starting: graphgateway ${args[*]}"
  local started=$SECONDS
  (cd "$GG_ROOT" && exec dotnet "src/GraphGateway/bin/$configuration/net10.0/graphgateway.dll" "${args[@]}") >"$GG_LOG" 2>&1 &
  GG_DEV_PID=$!

  local deadline=$((SECONDS + ${GG_START_TIMEOUT:-240}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    GG_URL=$(grep -m1 -o 'GraphGateway is serving at http[^ ]*' "$GG_LOG" 2>/dev/null | sed 's/^GraphGateway is serving at //')
    if [ -n "$GG_URL" ]; then
      echo "ready after $((SECONDS - started)) s (incl. subgraph build check): $GG_URL"
      grep -m1 -o 'Ready in [0-9.]* s' "$GG_LOG" || true
      return 0
    fi
    if ! kill -0 "$GG_DEV_PID" 2>/dev/null; then
      echo "FAIL: graphgateway dev exited before it was ready:"; tail -n 60 "$GG_LOG"; GG_DEV_PID=""; return 1
    fi
    sleep 0.5
  done
  echo "FAIL: graphgateway dev was not ready within ${GG_START_TIMEOUT:-240} s:"; tail -n 60 "$GG_LOG"
  return 1
}

# Stops graphgateway dev (SIGTERM, bounded wait, then SIGKILL) and checks that every process it reported
# starting is gone. Returns 1 when one outlived it (and kills that one by PID).
gg_stop_dev() {
  local status=0 i pid
  if [ -n "$GG_DEV_PID" ] && kill -0 "$GG_DEV_PID" 2>/dev/null; then
    kill -TERM "$GG_DEV_PID" 2>/dev/null
    for i in $(seq 1 60); do kill -0 "$GG_DEV_PID" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$GG_DEV_PID" 2>/dev/null; then
      echo "FAIL: graphgateway dev did not stop within 30 s of SIGTERM; killing it"; kill -KILL "$GG_DEV_PID" 2>/dev/null; status=1
    fi
    wait "$GG_DEV_PID" 2>/dev/null
  fi
  if [ -n "$GG_LOG" ] && [ -f "$GG_LOG" ]; then
    for pid in $(grep -o 'started [a-z0-9_-]* (pid [0-9]*)' "$GG_LOG" | grep -o '[0-9]*)' | tr -d ')'); do
      if kill -0 "$pid" 2>/dev/null; then
        echo "FAIL: process $pid started by graphgateway dev outlived it; killing it"; kill -KILL "$pid" 2>/dev/null; status=1
      fi
    done
  fi
  GG_DEV_PID=""
  [ -n "$GG_TMP" ] && [ "$status" = 0 ] && rm -rf "$GG_TMP"
  return $status
}
