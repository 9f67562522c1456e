#!/usr/bin/env bash
# Measures Clawith.Graph from outside, as issue 17 asks: wrk (16 connections, 2 threads) against Release builds
# in Production on the demo database (Atlas padded to 10 sessions), and the server's own CPU per request from
# /proc/<pid>/stat (utime + stime over the requests wrk counted). Several builds run side by side and are measured
# in turn (A, B, A, B…) so a busy machine's drift lands on each alike; the summary is the median of the rounds.
#
#   bench/wrk/run.sh [label=build-dir …]    default: one build of this worktree in Release, labelled "this"
#   SECONDS_PER_RUN=8 ROUNDS=3 WARMUP=2 SCENARIOS="agent ids1 ids50 sidebar10 rest" bench/wrk/run.sh A=/tmp/a B=/tmp/b
#
# Scenarios: typename `{ __typename }` (the token, the caller's row and the engine's envelope, no resolver of ours);
# agent (one agent and its creator through a loader); ids1 / ids50 (the listing asked for 1 / every id of the padded
# agent's 10 sessions); sidebar10 (the SPA's sidebar on those 10); rest (the REST route listing the same 10).
#
# A build dir is `dotnet build -c Release Clawith.Graph -o DIR` (or publish). DB=path uses another database (its
# agent AGENT=<id> and user USER_NAME=<username>, an admin); without it a demo database is made once in $WORK.
# CONNECTION=<connection string> uses any database instead (PostgreSQL: seed it first, Database__SeedDemoData=true).
# A build given as label=DIR@SUFFIX runs with SUFFIX appended to the connection string, so one build can be
# measured against itself with another setting: plain=/tmp/a 'prepared=/tmp/a@;Max Auto Prepare=20'.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
WORK=${WORK:-/tmp/clawith-wrk}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-8}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-2}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
SCENARIOS=${SCENARIOS:-"agent ids1 ids50 sidebar10 rest"}
AGENT=${AGENT:-a0000000-0000-4000-8000-000000000001}
USER_NAME=${USER_NAME:-root}
SECRET=bench-secret-key-that-is-long-enough-0123456789
mkdir -p "$WORK"

builds=("$@")
if [ ${#builds[@]} -eq 0 ]; then
  dotnet build -c Release "$repo/Clawith.Graph" -o "$WORK/this" >/dev/null
  builds=("this=$WORK/this")
fi

server_env() { # the settings every server and token command of the run shares; $1 the connection string.
  # It execs (always called in a subshell): a server's pid is then the pid whose CPU time is read.
  exec env ASPNETCORE_ENVIRONMENT=Production Jwt__SecretKey=$SECRET ConnectionStrings__Clawith="$1" \
      Logging__LogLevel__Default=Warning "${@:2}"
}

dir_of() { local dir=${1#*=}; echo "${dir%%@*}"; }          # label=DIR[@SUFFIX] -> DIR
suffix_of() { case "$1" in *@*) echo "${1#*@}";; esac; }   # label=DIR[@SUFFIX] -> SUFFIX

db=${DB:-}
if [ -z "$db" ] && [ -z "${CONNECTION:-}" ]; then
  db=$WORK/demo.db
  if [ ! -f "$db.padded" ]; then
    rm -f "$db" "$db"-*
    (cd "$(dir_of "${builds[0]}")" && server_env "Data Source=$db" Database__SeedDemoData=true dotnet Clawith.Graph.dll token root >/dev/null 2>&1)
    sqlite3 "$db" < "$here/pad-demo.sql"
    touch "$db.padded"
  fi
fi

body_of() { # the GraphQL request of a scenario, as JSON
  python3 - "$1" "$AGENT" <<'PY'
import json, sys
scenario, agent = sys.argv[1], sys.argv[2]
sidebar = """query Sidebar($agentId: UUID!) { sessions(agentId: $agentId, scope: ALL, first: 50) { nodes {
  id title displayName messageCount lastMessageAt agent { id name } peerAgent { id name } user { id displayName username } }
  pageInfo { hasNextPage endCursor } } }"""
queries = {
  "typename": '{ __typename }',
  "agent": 'query($agentId: UUID!) { agent(id: $agentId) { name creator { displayName } } }',
  "ids1": 'query($agentId: UUID!) { sessions(agentId: $agentId, scope: ALL, first: 1) { nodes { id } } }',
  "ids50": 'query($agentId: UUID!) { sessions(agentId: $agentId, scope: ALL, first: 50) { nodes { id } } }',
  "sidebar10": sidebar,
}
print(json.dumps({"query": queries[scenario], "variables": {"agentId": agent}}) if scenario in queries else "")
PY
}

pids=(); ports=(); labels=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
port=${BASE_PORT:-5190}
connection=${CONNECTION:-"Data Source=$db"}
for build in "${builds[@]}"; do
  label=${build%%=*}
  (cd "$(dir_of "$build")" && server_env "$connection$(suffix_of "$build")" ASPNETCORE_URLS=http://127.0.0.1:$port \
     dotnet Clawith.Graph.dll >"$WORK/$label.log" 2>&1) &
  pids+=($!); ports+=($port); labels+=("$label"); port=$((port + 1))
done
token=$(cd "$(dir_of "${builds[0]}")" && server_env "$connection" dotnet Clawith.Graph.dll token "$USER_NAME" 2>/dev/null | tail -n 1)
for p in "${ports[@]}"; do
  for _ in $(seq 60); do curl -sf "http://127.0.0.1:$p/healthz" >/dev/null 2>&1 && break; sleep 1; done
done

path_of() { [ "$1" = rest ] && echo "/api/agents/$AGENT/sessions?scope=all" || echo /graphql; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
measure() { # label index scenario seconds -> "requests cpu_ticks non2xx"
  local i=$1 scenario=$2 seconds=$3 body out before after
  body=$(body_of "$scenario")
  before=$(cpu_ticks "${pids[$i]}")
  out=$(BODY="$body" TOKEN="$token" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" -s "$here/post.lua" \
        "http://127.0.0.1:${ports[$i]}$(path_of "$scenario")")
  after=$(cpu_ticks "${pids[$i]}")
  echo "$(echo "$out" | awk '/requests in/ {print $1}') $((after - before)) $(echo "$out" | awk '/Non-2xx/ {print $NF}')"
}

# Every answer checked once: a 200 without "errors".
for i in "${!labels[@]}"; do
  for scenario in $SCENARIOS; do
    body=$(body_of "$scenario")
    if [ -n "$body" ]; then answer=$(curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:${ports[$i]}/graphql")
    else answer=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:${ports[$i]}$(path_of "$scenario")"); fi
    case "$answer" in *'"errors"'*|'') echo "${labels[$i]} $scenario answered: $answer" >&2; exit 1;; esac
  done
done

ticks=$(getconf CLK_TCK)
results=$WORK/results.txt; : > "$results"
for scenario in $SCENARIOS; do for i in "${!labels[@]}"; do measure "$i" "$scenario" 5 >/dev/null; done; done  # JIT tiers settle
for round in $(seq "$ROUNDS"); do
  for scenario in $SCENARIOS; do
    for i in "${!labels[@]}"; do
      measure "$i" "$scenario" "$WARMUP" >/dev/null
      read -r requests cpu non2xx <<<"$(measure "$i" "$scenario" "$SECONDS_PER_RUN")"
      echo "$round ${labels[$i]} $scenario $requests $cpu ${non2xx:-0}" | tee -a "$results" >&2
    done
  done
done

python3 - "$results" "$SECONDS_PER_RUN" "$ticks" <<'PY'
import statistics, sys
path, seconds, ticks = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
rows = [l.split() for l in open(path) if l.strip()]
cells = {}
for _, label, scenario, requests, cpu, non2xx in rows:
    cells.setdefault((scenario, label), []).append((int(requests) / seconds, int(cpu) / ticks * 1000 / int(requests), int(non2xx)))
print("| scenario | build | req/s (median) | server CPU ms/req (median) | rounds (req/s; CPU ms/req) |")
print("|---|---|---:|---:|---|")
for (scenario, label), runs in cells.items():
    bad = sum(r[2] for r in runs)
    print(f"| {scenario} | {label} | {statistics.median(r[0] for r in runs):,.0f} | {statistics.median(r[1] for r in runs):.3f} | "
          + "; ".join(f"{r[0]:.0f}/{r[1]:.3f}" for r in runs) + (f" ({bad} non-2xx)" if bad else "") + " |")
PY
