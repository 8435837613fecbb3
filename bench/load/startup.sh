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
# the exec step of bot/pom.xml. Prints one line per start: label, seconds, 1-minute load average; at the end, per
# label, the median seconds, the median of its ratio to the bare app's start in the same round, and the median CPU
# time of the main thread (less sensitive to the load of other processes than the wall-clock figures).
#
# JAVA_OPTS (default: the README's -XX:TieredStopAtLevel=1; JAVA_OPTS= for none) are given to the bot jars. The bare
# app starts at the JVM's defaults ("bare") and, when JAVA_OPTS is not empty, once more with the same flags
# ("bare-opts"), for an honest comparison.
set -euo pipefail

ROUNDS=${1:-3}
HEAP=${HEAP:-256m}
PORT=${PORT:-18380}
BOT_JAR=$(realpath "${BOT_JAR:-bot/target/salesbot.jar}")
BARE_JAR=$(realpath "${BARE_JAR:-bench/load/bare/target/bare.jar}")
BASE_JAR=${BASE_JAR:-}; [ -z "$BASE_JAR" ] || BASE_JAR=$(realpath "$BASE_JAR")
REPO=$(pwd)
# keep in step with README.md "The two commands", the Dockerfile and docker-compose.yml
JAVA_OPTS=${JAVA_OPTS--XX:TieredStopAtLevel=1}
read -r -a OPTS <<<"$JAVA_OPTS"
RESULTS=$(mktemp)

P= S=
cleanup() {
  [ -z "$P" ] || { kill "$P" 2>/dev/null; wait "$P" 2>/dev/null; }; [ -z "$S" ] || rm -rf "$S"; rm -f "$RESULTS"; true
}
trap cleanup EXIT

# CPU seconds of the JVM's main thread so far (the start-up critical path: it ends once the server is bound); less
# sensitive to other processes on the machine than the wall-clock time
main_cpu() { # the launcher's thread is the process itself; the JVM's main thread is the next one it starts
  local t
  t=$(ls /proc/"$1"/task | sort -n | sed -n 2p)
  [ -n "$t" ] && awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/task/$t/stat" || echo "?"
}

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
  local secs; secs=$(echo "scale=2; ($(date +%s%N) - $t0) / 1000000000" | bc)
  local cpu; cpu=$(main_cpu "$P")
  echo "$label $secs load=$(cut -d' ' -f1 /proc/loadavg) main-cpu=$cpu"
  echo "$ROUND $label $secs $cpu" >>"$RESULTS"
  kill "$P"; wait "$P" 2>/dev/null || true; P=
  rm -rf "$S"; S=
}

bot() { # label, jar
  local jsa=${2%.jar}.jsa
  if [ -f "$jsa" ]; then start "$1-jsa" "$2" "http://127.0.0.1:$PORT/health" UP "${OPTS[@]}" -XX:SharedArchiveFile="$jsa"; fi
  start "$1-plain" "$2" "http://127.0.0.1:$PORT/health" UP "${OPTS[@]}"
}

# jar names without the folders above the repository (results files are committed)
echo "# $(date -u +%FT%TZ) $(nproc) cores, rounds=$ROUNDS heap=$HEAP new=${BOT_JAR#"$REPO"/} \
base=$(basename "${BASE_JAR:-none}") JAVA_OPTS=$JAVA_OPTS"
for round in $(seq 1 "$ROUNDS"); do
  ROUND=$round
  echo "## round $round"
  start bare "$BARE_JAR" "http://127.0.0.1:$PORT/ping" ok
  if [ ${#OPTS[@]} -gt 0 ]; then start bare-opts "$BARE_JAR" "http://127.0.0.1:$PORT/ping" ok "${OPTS[@]}"; fi
  if [ -n "$BASE_JAR" ] && [ $((round % 2)) -eq 1 ]; then bot base "$BASE_JAR"; fi
  bot new "$BOT_JAR"
  if [ -n "$BASE_JAR" ] && [ $((round % 2)) -eq 0 ]; then bot base "$BASE_JAR"; fi
done

echo "## medians over $ROUNDS rounds (ratio = start / bare start of the same round, bare at the JVM's defaults)"
awk '
  $2 == "bare" { bare[$1] = $3 }
  { secs[$2] = secs[$2] " " $3; cpu[$2] = cpu[$2] " " $4; rows[NR] = $0 }
  END {
    for (i = 1; i <= NR; i++) { split(rows[i], f, " "); if (bare[f[1]] > 0) ratio[f[2]] = ratio[f[2]] " " f[3] / bare[f[1]] }
    for (l in secs) printf "%-12s %6.2f s  %5.2fx bare   main thread %5.2f s CPU\n", l, median(secs[l]), median(ratio[l]), median(cpu[l])
  }
  function median(list,   v, n, i, j, t) {
    n = split(list, v, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }' "$RESULTS" | sort
