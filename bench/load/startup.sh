#!/usr/bin/env bash
# Start-up figures for docs/load.md: seconds from `java` to /health UP on a fresh, empty folder (embedded H2,
# in-memory cache, no channels: the README's command) next to the bare Micronaut app (bench/load/bare, GET /ping),
# alternated in each round so all see the same background load. Optionally also an older build (before/after).
#
#   bench/load/startup.sh [rounds]                          (from the repository root; default 3)
#   BASE_JAR=/path/to/older/salesbot.jar bench/load/startup.sh 5
#
# A jar with a class-data archive next to it (salesbot.jsa, written by the build) is started with it, as the README
# does, and again without it ("-plain"). An archive is tied to its jar's path: for BASE_JAR, record one there with
# the exec step of bot/pom.xml. Prints one line per start: label, seconds, 1-minute load average.
set -euo pipefail

ROUNDS=${1:-3}
HEAP=${HEAP:-256m}
PORT=${PORT:-18380}
BOT_JAR=$(realpath "${BOT_JAR:-bot/target/salesbot.jar}")
BARE_JAR=$(realpath "${BARE_JAR:-bench/load/bare/target/bare.jar}")
BASE_JAR=${BASE_JAR:-}; [ -z "$BASE_JAR" ] || BASE_JAR=$(realpath "$BASE_JAR")
REPO=$(pwd)

P= S=
cleanup() { [ -z "$P" ] || { kill "$P" 2>/dev/null; wait "$P" 2>/dev/null; }; [ -z "$S" ] || rm -rf "$S"; true; }
trap cleanup EXIT

# label, jar, url, expected body part, java options...
start() {
  local label=$1 jar=$2 url=$3 want=$4 t0 deadline body; shift 4
  S=$(mktemp -d); cp -r "$REPO/config" "$S/config"
  t0=$(date +%s%N)
  (cd "$S" && SALESBOT_PORT=$PORT BARE_PORT=$PORT exec java -Xmx$HEAP "$@" -jar "$jar" >"$S/out.log" 2>&1) &
  P=$!
  deadline=$((SECONDS + 180))
  until body=$(curl -fs "$url" 2>/dev/null) && [[ "$body" == *"$want"* ]]; do
    [ $SECONDS -lt $deadline ] || { echo "$label timeout"; break; }
    sleep 0.05
  done
  echo "$label $(echo "scale=2; ($(date +%s%N) - $t0) / 1000000000" | bc) load=$(cut -d' ' -f1 /proc/loadavg)"
  kill "$P"; wait "$P" 2>/dev/null || true; P=
  rm -rf "$S"; S=
}

bot() { # label, jar
  local jsa=${2%.jar}.jsa
  if [ -f "$jsa" ]; then start "$1-jsa" "$2" "http://127.0.0.1:$PORT/health" UP -XX:SharedArchiveFile="$jsa"; fi
  start "$1-plain" "$2" "http://127.0.0.1:$PORT/health" UP
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, rounds=$ROUNDS heap=$HEAP new=$BOT_JAR base=${BASE_JAR:-none}"
for round in $(seq 1 "$ROUNDS"); do
  echo "## round $round"
  start bare "$BARE_JAR" "http://127.0.0.1:$PORT/ping" ok
  if [ -n "$BASE_JAR" ] && [ $((round % 2)) -eq 1 ]; then bot base "$BASE_JAR"; fi
  bot new "$BOT_JAR"
  if [ -n "$BASE_JAR" ] && [ $((round % 2)) -eq 0 ]; then bot base "$BASE_JAR"; fi
done
