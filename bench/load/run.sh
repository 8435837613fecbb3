#!/usr/bin/env bash
# Load figures for docs/load.md: the bot (real MariaDB + Redis, fake WeCom/DingTalk APIs) next to a bare Micronaut
# server and, optionally, a baseline build of the bot, interleaved in each round so all see the same background
# load on a shared machine. Prints the ratios itself (bench/load/Summary.java) at the end.
#
#   bench/load/run.sh [rounds]                      (from the repository root; default 3 rounds)
#   BASE_JAR=/path/to/older/salesbot.jar bench/load/run.sh 2     (also measures that build: before/after)
#
# Per round: bare server (start-up time, GET, POST), then each bot jar (fresh embedded start-up time, then on
# MariaDB + Redis: WeCom and DingTalk callbacks with their replies, resident size after the load).
# JVM options: the bot runs with BOT_JAVA_OPTS (default: the flags the Dockerfile ships in JAVA_TOOL_OPTIONS), a
# BASE_JAR with BASE_JAVA_OPTS (default none: as that build shipped) and the bare server with BARE_JAVA_OPTS (none).
# Needs: bot/target/salesbot.jar (or BOT_JAR=...), bench/load/bare/target/bare.jar, MariaDB at 127.0.0.1:3306
# (root, empty password) and Redis at 127.0.0.1:6379. Uses its own database (salesbot_load, recreated) and Redis
# database 5, so other people's tests on `test` / db 0 neither disturb nor are disturbed by it.
# Bounded: fixed request counts, every wait has a timeout, and the servers it starts are stopped on exit.
set -euo pipefail

ROUNDS=${1:-3}
REQUESTS=${REQUESTS:-1500}
WARMUP=${WARMUP:-300}
DRAIN=${DRAIN:-150}
CONCURRENCY=${CONCURRENCY:-16}
HEAP=${HEAP:-256m}
BOT_JAR=${BOT_JAR:-bot/target/salesbot.jar}
BASE_JAR=${BASE_JAR:-}
BARE_JAR=${BARE_JAR:-bench/load/bare/target/bare.jar}
# the JVM flags the Dockerfile ships (its JAVA_TOOL_OPTIONS without the heap, which HEAP sets)
SHIPPED_OPTS=$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' Dockerfile | tr ' ' '\n' | grep -v '^-Xmx' | tr '\n' ' ')
BOT_JAVA_OPTS=${BOT_JAVA_OPTS-$SHIPPED_OPTS}
BASE_JAVA_OPTS=${BASE_JAVA_OPTS:-}
BARE_JAVA_OPTS=${BARE_JAVA_OPTS:-}
OUT=${OUT:-bench/load/results-$(date -u +%Y%m%dT%H%M%SZ).txt}
BOT_PORT=18080 BARE_PORT=18081 FAKE_WECOM=18091 FAKE_DINGTALK=18092
AES_KEY=jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C
DB=salesbot_load
REPO=$(pwd)
BOT_JAR=$(realpath "$BOT_JAR"); BARE_JAR=$(realpath "$BARE_JAR"); [ -z "$BASE_JAR" ] || BASE_JAR=$(realpath "$BASE_JAR")

BARE= BOT= SCRATCH=
cleanup() {
  for p in $BARE $BOT; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
  [ -z "$SCRATCH" ] || rm -rf "$SCRATCH"
  true
}
trap cleanup EXIT

log() { echo "$*" | tee -a "$OUT"; }

# url, seconds, [body pattern]: polls every 50 ms; prints the seconds it took
wait_for() {
  local deadline=$((SECONDS + $2)) t0 body
  t0=$(date +%s%N)
  until body=$(curl -fs "$1" 2>/dev/null) && [[ -z "${3:-}" || "$body" == *"$3"* ]]; do
    [ $SECONDS -lt $deadline ] || { echo "timed out waiting for $1" >&2; echo timeout; return 1; }
    sleep 0.05
  done
  echo "scale=2; ($(date +%s%N) - $t0) / 1000000000" | bc
}

stop() { kill "$1"; wait "$1" 2>/dev/null || true; }

loadgen() { # label, args...
  local label=$1; shift
  log "# $label  loadavg: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx256m bench/load/LoadGen.java --requests "$REQUESTS" --warmup "$WARMUP" --concurrency "$CONCURRENCY" \
    --deadline-seconds 300 --drain-seconds "$DRAIN" "$@" | sed "s/^RESULT /RESULT [$label] /" | tee -a "$OUT"
}

fresh_db() {
  mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  redis-cli -n 5 FLUSHDB >/dev/null
}

# label, jar: the README's plain command in an empty folder (embedded H2, in-memory cache, no channels), with the
# class-data archive the build writes next to the jar (salesbot.jsa) when there is one, as the README runs it. An
# archive is tied to its jar's path: for BASE_JAR, record one there with the exec step of bot/pom.xml.
startup() { # label, jar, java options
  local cds=() jsa=${2%.jar}.jsa
  [ ! -f "$jsa" ] || cds=(-XX:SharedArchiveFile="$jsa")
  SCRATCH=$(mktemp -d)
  (cd "$SCRATCH" && SALESBOT_PORT=$BOT_PORT SALESBOT_CONFIG_DIR=$REPO/config exec java -Xmx$HEAP $3 "${cds[@]}" -jar "$2" \
    >/tmp/salesbot-load-start.log 2>&1) &
  BOT=$!
  log "START [$1] seconds=$(wait_for "http://127.0.0.1:$BOT_PORT/health" 180 UP)"
  stop "$BOT"; BOT=
  rm -rf "$SCRATCH"; SCRATCH=
}

bot() { # label, jar, java options
  local label=$1 jar=$2 opts=$3
  startup "$label" "$jar" "$opts"
  fresh_db
  SALESBOT_PORT=$BOT_PORT SALESBOT_CONFIG_DIR=config \
  DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB?sslMode=DISABLED&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true" \
  DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD= \
  DATASOURCES_DEFAULT_DRIVER_CLASS_NAME=com.mysql.cj.jdbc.Driver \
  REDIS_URI=redis://127.0.0.1:6379/5 \
  WECOM_CORP_ID=ww_load_corp WECOM_AGENT_ID=1000002 WECOM_SECRET=load-secret WECOM_TOKEN=loadToken \
  WECOM_AES_KEY=$AES_KEY WECOM_API_BASE_URL=http://127.0.0.1:$FAKE_WECOM \
  DINGTALK_APP_KEY=loadAppKey DINGTALK_APP_SECRET=loadDingtalkSecret DINGTALK_MODE=http \
  DINGTALK_API_BASE_URL=http://127.0.0.1:$FAKE_DINGTALK DINGTALK_OAPI_BASE_URL=http://127.0.0.1:$FAKE_DINGTALK \
  java -Xmx$HEAP $opts -jar "$jar" >/tmp/salesbot-load-bot-$label.log 2>&1 &
  BOT=$!
  wait_for "http://127.0.0.1:$BOT_PORT/health" 180 >/dev/null
  loadgen "$label wecom" --mode wecom --url "http://127.0.0.1:$BOT_PORT" --fake-wecom-port $FAKE_WECOM \
    --corp-id ww_load_corp --token loadToken --aes-key $AES_KEY --agent-id 1000002
  loadgen "$label dingtalk" --mode dingtalk --url "http://127.0.0.1:$BOT_PORT" \
    --fake-dingtalk-port $FAKE_DINGTALK --dingtalk-secret loadDingtalkSecret
  log "RSS [$label] kb=$(ps -o rss= -p "$BOT" | tr -d ' ')"
  stop "$BOT"; BOT=
}

log "# $(date -u +%FT%TZ) $(nproc) cores, rounds=$ROUNDS requests=$REQUESTS warmup=$WARMUP concurrency=$CONCURRENCY drain=${DRAIN}s heap=$HEAP"
# jar names relative to the repository (or just the file's folder and name), never this machine's paths
name() { case $1 in "$REPO"/*) echo "${1#"$REPO"/}";; *) echo "$(basename "$(dirname "$1")")/$(basename "$1")";; esac; }
log "# new=$(name "$BOT_JAR") [$BOT_JAVA_OPTS] base=$([ -z "$BASE_JAR" ] && echo none || name "$BASE_JAR") [$BASE_JAVA_OPTS] bare [$BARE_JAVA_OPTS]"

for round in $(seq 1 "$ROUNDS"); do
  log "## round $round"
  BARE_PORT=$BARE_PORT java -Xmx$HEAP $BARE_JAVA_OPTS -jar "$BARE_JAR" >/tmp/salesbot-load-bare.log 2>&1 &
  BARE=$!
  log "START [bare] seconds=$(wait_for "http://127.0.0.1:$BARE_PORT/ping" 120)"
  loadgen "bare GET" --mode get --url "http://127.0.0.1:$BARE_PORT" --path /ping
  loadgen "bare POST" --mode post --url "http://127.0.0.1:$BARE_PORT" --path /callback
  stop "$BARE"; BARE=
  # alternate which bot goes first so neither always meets the warmer (or busier) machine
  if [ -n "$BASE_JAR" ] && [ $((round % 2)) -eq 1 ]; then bot base "$BASE_JAR" "$BASE_JAVA_OPTS"; fi
  bot new "$BOT_JAR" "$BOT_JAVA_OPTS"
  if [ -n "$BASE_JAR" ] && [ $((round % 2)) -eq 0 ]; then bot base "$BASE_JAR" "$BASE_JAVA_OPTS"; fi
done
log "# done $(date -u +%FT%TZ)"
java bench/load/Summary.java "$OUT" | tee -a "$OUT"
