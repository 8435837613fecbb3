#!/usr/bin/env bash
# Callback load figures for docs/load.md: the bot (real MariaDB + Redis, fake WeCom/DingTalk APIs) next to a bare
# Micronaut server, interleaved in each round so both see the same background load on a shared machine.
#
#   bench/load/run.sh [rounds]            (from the repository root; default 3 rounds)
#
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
BOT_JAR=${BOT_JAR:-bot/target/salesbot.jar}
BARE_JAR=${BARE_JAR:-bench/load/bare/target/bare.jar}
OUT=${OUT:-bench/load/results-$(date -u +%Y%m%dT%H%M%SZ).txt}
BOT_PORT=18080 BARE_PORT=18081 FAKE_WECOM=18091 FAKE_DINGTALK=18092
AES_KEY=jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C
DB=salesbot_load

BARE= BOT=
cleanup() { for p in $BARE $BOT; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done; true; }
trap cleanup EXIT

log() { echo "$*" | tee -a "$OUT"; }

wait_for() { # url, seconds
  local deadline=$((SECONDS + $2))
  until curl -fs -o /dev/null "$1"; do
    [ $SECONDS -lt $deadline ] || { echo "timed out waiting for $1" >&2; exit 1; }
    sleep 0.5
  done
}

stop() { kill "$1"; wait "$1" 2>/dev/null || true; }

loadgen() { # label, args...
  local label=$1; shift
  log "# $label  loadavg: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx256m bench/load/LoadGen.java --requests "$REQUESTS" --warmup "$WARMUP" --concurrency "$CONCURRENCY" \
    --deadline-seconds 300 --drain-seconds "$DRAIN" "$@" | tee -a "$OUT"
}

mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
redis-cli -n 5 FLUSHDB >/dev/null
log "# $(date -u +%FT%TZ) $(nproc) cores, rounds=$ROUNDS requests=$REQUESTS warmup=$WARMUP concurrency=$CONCURRENCY drain=${DRAIN}s"

for round in $(seq 1 "$ROUNDS"); do
  log "## round $round"
  BARE_PORT=$BARE_PORT java -Xmx512m -jar "$BARE_JAR" >/tmp/salesbot-load-bare.log 2>&1 &
  BARE=$!
  wait_for "http://127.0.0.1:$BARE_PORT/ping" 120
  loadgen "bare GET /ping" --mode get --url "http://127.0.0.1:$BARE_PORT" --path /ping
  loadgen "bare POST /callback (700 B body)" --mode post --url "http://127.0.0.1:$BARE_PORT" --path /callback
  stop "$BARE"; BARE=

  SALESBOT_PORT=$BOT_PORT SALESBOT_CONFIG_DIR=config \
  DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB?sslMode=DISABLED&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true" \
  DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD= \
  DATASOURCES_DEFAULT_DRIVER_CLASS_NAME=com.mysql.cj.jdbc.Driver \
  REDIS_URI=redis://127.0.0.1:6379/5 \
  WECOM_CORP_ID=ww_load_corp WECOM_AGENT_ID=1000002 WECOM_SECRET=load-secret WECOM_TOKEN=loadToken \
  WECOM_AES_KEY=$AES_KEY WECOM_API_BASE_URL=http://127.0.0.1:$FAKE_WECOM \
  DINGTALK_APP_KEY=loadAppKey DINGTALK_APP_SECRET=loadDingtalkSecret DINGTALK_MODE=http \
  DINGTALK_API_BASE_URL=http://127.0.0.1:$FAKE_DINGTALK DINGTALK_OAPI_BASE_URL=http://127.0.0.1:$FAKE_DINGTALK \
  java -Xmx512m -jar "$BOT_JAR" >/tmp/salesbot-load-bot.log 2>&1 &
  BOT=$!
  wait_for "http://127.0.0.1:$BOT_PORT/health" 180
  loadgen "bot POST /callbacks/wecom" --mode wecom --url "http://127.0.0.1:$BOT_PORT" --fake-wecom-port $FAKE_WECOM \
    --corp-id ww_load_corp --token loadToken --aes-key $AES_KEY --agent-id 1000002
  loadgen "bot POST /callbacks/dingtalk" --mode dingtalk --url "http://127.0.0.1:$BOT_PORT" \
    --fake-dingtalk-port $FAKE_DINGTALK --dingtalk-secret loadDingtalkSecret
  stop "$BOT"; BOT=
done
log "# done $(date -u +%FT%TZ)"
