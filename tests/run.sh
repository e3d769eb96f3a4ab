#!/usr/bin/env bash
# The test command (README "Run the tests"): builds in Release, runs every test project and every
# script check under tests/scripts/, and prints "N passed, N failed, N skipped" counted from the
# TRX result files and the scripts' exit codes. Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Snapshot tests fail on a new or changed snapshot instead of writing it (tests/strict-snapshots.runsettings).
export SNAPSHOOTER_STRICT_MODE=${SNAPSHOOTER_STRICT_MODE:-true}

results=TestResults
rm -rf "$results"; mkdir -p "$results"

if ! dotnet build GraphGateway.sln -c Release -nologo -v q; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# Each test project on its own so one crash cannot hide the others' results.
status=0
for proj in $(find tests -name '*.Tests.csproj' | sort); do
  name=$(basename "$proj" .csproj)
  echo "== $name"
  dotnet test "$proj" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
  if [ ! -f "$results/$name.trx" ]; then
    echo "$name: no TRX written (crashed or no tests) - counted as 1 failure"
    echo "$name" >> "$results/missing.txt"
  fi
done

# Script checks: each executable tests/scripts/*.sh is one test (exit 0 = pass).
script_passed=0; script_failed=0
for script in $(find tests/scripts -name '*.sh' | sort); do
  echo "== script $script"
  if bash "$script"; then script_passed=$((script_passed+1)); else script_failed=$((script_failed+1)); echo "FAILED: $script"; fi
done

sum() { # attribute
  grep -ho "<Counters [^>]*" "$results"/*.trx 2>/dev/null | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'
}
passed=$(( $(sum passed) + script_passed ))
failed=$(( $(sum failed) + $(sum error) + $(sum timeout) + $(sum aborted) + script_failed ))
# The TRX logger leaves Counters/@notExecuted at 0 for skipped tests; count the skipped results instead.
skipped=$(cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*outcome="NotExecuted"' | wc -l)
missing=$( [ -f "$results/missing.txt" ] && wc -l < "$results/missing.txt" || echo 0 )
failed=$((failed + missing))
if [ "$failed" -gt 0 ] || [ "$status" -ne 0 ]; then status=1; fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
