# Setup steps of tests/load/run.sh (sourced): tools, npm peers, builds, supergraph.
# Uses REPO, LOAD, TMP, BUILD and the OUR_GATEWAY_* settings of run.sh.

APT_UPDATED=0

# apt_install <package>: installs a Debian package; runs `apt-get update` once per run first.
apt_install() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  if [ "$APT_UPDATED" -eq 0 ]; then
    echo "== apt-get update" >&2
    $sudo apt-get update -qq >&2
    APT_UPDATED=1
  fi
  echo "== apt-get install $1" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$1" >&2
}

# ensure_tools: wrk and jq from apt when missing; node, npm, dotnet and curl must be present.
ensure_tools() {
  local tool
  for tool in wrk jq; do
    command -v "$tool" >/dev/null || apt_install "$tool"
  done
  for tool in node npm dotnet curl; do
    command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is required and not on PATH" >&2; exit 1; }
  done
}

# ensure_peers: `npm ci` in tests/load/peers when node_modules is missing or older than package-lock.json.
ensure_peers() {
  local peers=$LOAD/peers
  if [ ! -f "$peers/node_modules/.package-lock.json" ] || [ "$peers/package-lock.json" -nt "$peers/node_modules/.package-lock.json" ]; then
    echo "== npm ci (tests/load/peers)" >&2
    (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}

# build_subgraphs: builds the benchmark subgraph server in Release; prints its dll path.
build_subgraphs() {
  local project=$REPO/tests/GraphGateway.BenchSubgraphs/GraphGateway.BenchSubgraphs.csproj
  local dll=$REPO/tests/GraphGateway.BenchSubgraphs/bin/Release/net10.0/GraphGateway.BenchSubgraphs.dll
  if [ "$BUILD" -eq 1 ]; then
    echo "== dotnet build GraphGateway.BenchSubgraphs (Release)" >&2
    dotnet build "$project" -c Release -nologo -v q >&2 || { echo "run.sh: building the benchmark subgraphs failed" >&2; exit 1; }
  fi
  [ -f "$dll" ] || { echo "run.sh: $dll is missing (run without --no-build)" >&2; exit 1; }
  echo "$dll"
}

# build_ours: builds our gateway when its project exists; prints a skip reason, or nothing when runnable.
build_ours() {
  case ",$TARGETS," in *,ours,*|*,ours:*) ;; *) return 0 ;; esac
  if [ "$BUILD" -eq 1 ] && [ -z "$OUR_GATEWAY_COMMAND" ] && [ -f "$REPO/$OUR_GATEWAY_PROJECT" ]; then
    echo "== dotnet build $OUR_GATEWAY_PROJECT (Release)" >&2
    if ! dotnet build "$REPO/$OUR_GATEWAY_PROJECT" -c Release -nologo -v q >&2; then
      echo "building $OUR_GATEWAY_PROJECT failed"
      return 0
    fi
  fi
  [ -n "$OUR_GATEWAY_COMMAND" ] || [ -f "$REPO/$OUR_GATEWAY_DLL" ] || echo "not runnable yet: $OUR_GATEWAY_DLL does not exist (set OUR_GATEWAY_* at the top of tests/load/run.sh)"
}

# prepare_supergraph <port>: prints the supergraph file for subgraphs on <port>. Composes the schemas with
# @apollo/composition; for the default port the result must equal the committed bench/supergraph.graphql.
prepare_supergraph() {
  local port=$1 out=$TMP/supergraph-$1.graphql
  node "$LOAD/scripts/compose-supergraph.mjs" "$port" "$out" >&2 || { echo "run.sh: composition failed" >&2; exit 1; }
  if [ "$port" = 4200 ]; then
    if ! cmp -s "$out" "$LOAD/bench/supergraph.graphql"; then
      echo "run.sh: tests/load/bench/supergraph.graphql is stale; recompose with: node tests/load/scripts/compose-supergraph.mjs" >&2
      exit 1
    fi
    out=$LOAD/bench/supergraph.graphql
  fi
  echo "$out"
}
