# Process helpers of tests/load/run.sh (sourced). Everything the harness starts is recorded by PID in
# STARTED_PIDS and stopped by PID only (stop_pid, stop_all on exit); nothing is killed by name.

STARTED_PIDS=()
CLK_TCK=$(getconf CLK_TCK)

# start_bg <logfile> <command...>: starts the command in the background; its PID is left in LAST_PID.
start_bg() {
  local log=$1; shift
  "$@" >"$log" 2>&1 &
  LAST_PID=$!
  STARTED_PIDS+=("$LAST_PID")
}

# stop_pid <pid>: TERM, wait up to 10 s, then KILL; forgets the PID.
stop_pid() {
  local pid=$1 i
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  local kept=() p
  for p in "${STARTED_PIDS[@]}"; do [ "$p" != "$pid" ] && kept+=("$p"); done
  STARTED_PIDS=("${kept[@]}")
}

# stop_all: stops every process this run started (trap on EXIT).
stop_all() {
  local p
  for p in "${STARTED_PIDS[@]}"; do stop_pid "$p"; done
}

# tree_pids <pid>: the PID and all its descendants, one per line.
tree_pids() {
  local pid=$1 child
  echo "$pid"
  for child in $(pgrep -P "$pid" 2>/dev/null); do tree_pids "$child"; done
}

# cpu_ticks <pid>: utime + stime (clock ticks) of the process and its live descendants (/proc/<pid>/stat 14, 15).
cpu_ticks() {
  local total=0 p line
  for p in $(tree_pids "$1"); do
    line=$(cat "/proc/$p/stat" 2>/dev/null) || continue
    line=${line##*) }   # fields after "pid (comm) ", comm may hold spaces
    set -- $line
    total=$((total + ${12} + ${13}))
  done
  echo "$total"
}

# ticks_to_seconds <ticks>: seconds with two decimals.
ticks_to_seconds() { awk -v t="$1" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", t / hz }'; }

# peak_rss_kb <pid>: VmHWM (peak resident set, kB) of the process plus its live descendants.
peak_rss_kb() {
  local total=0 p kb
  for p in $(tree_pids "$1"); do
    kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$p/status" 2>/dev/null) || continue
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}

# wait_ready <url> <body-file> <pid> <timeout-s>: polls with the benchmark request until HTTP 200.
# Returns 1 when the process exits or the time runs out.
wait_ready() {
  local url=$1 body=$2 pid=$3 timeout=$4 deadline code
  deadline=$((SECONDS + timeout))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 5 -X POST -H 'content-type: application/json' \
      --data-binary "@$body" "$url" 2>/dev/null || true)
    [ "$code" = "200" ] && return 0
    sleep 0.5
  done
  return 1
}

# port_in_use <port>: 0 when something already accepts connections on 127.0.0.1:<port>.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# exit_note <pid>: sets EXIT_NOTE to "exited with code N" when the process has ended, else "still running".
# Not for use in $(...): only this shell can wait for its own children.
exit_note() {
  if kill -0 "$1" 2>/dev/null; then EXIT_NOTE="still running"; return; fi
  local code=0
  wait "$1" 2>/dev/null || code=$?
  EXIT_NOTE="exited with code $code"
}
