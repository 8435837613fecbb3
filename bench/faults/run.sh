#!/usr/bin/env bash
# Fault runs for the message spine (docs/operations.md): the bot under callback load while one of its parts fails.
#
#   bench/faults/run.sh [kill9] [two-instances] [redis-stop] [db-stop] | all      (from the repository root)
#
# Each scenario starts its OWN MariaDB (mariadbd on 127.0.0.1:$DB_PORT, datadir under $WORK) and its OWN Redis
# (redis-server on 127.0.0.1:$REDIS_PORT), never touching the shared ones, plus a fake WeCom API
# (bench/faults/FaultRun.java fake) that honours enable_duplicate_check and logs every message/send. The platform
# side (FaultRun send) posts signed, encrypted WeCom callbacks, each from its own user, at a fixed rate, and posts a
# callback again (same MsgId) when it failed, like WeCom does. Afterwards FaultRun check compares acknowledged
# callbacks with deliveries: lost, delivered twice, and when replies resumed after a restart.
# Bounded: fixed message counts, every wait has a timeout, everything it starts is stopped on exit.
set -euo pipefail

SCENARIOS=("${@:-all}")
BOT_JAR=${BOT_JAR:-bot/target/salesbot.jar}
COUNT=${COUNT:-600}
RATE=${RATE:-20}
DB_PORT=${DB_PORT:-13306}
REDIS_PORT=${REDIS_PORT:-16379}
FAKE_PORT=${FAKE_PORT:-18191}
BOT_PORTS=(18180 18181)
AES_KEY=jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C
WORK=${WORK:-/tmp/salesbot-faults-$$}
OUT=${OUT:-bench/faults/results-$(date -u +%Y%m%dT%H%M%SZ).txt}
mkdir -p "$WORK"

PIDS=()
DB_PID= REDIS_PID= FAKE_PID=
cleanup() {
  for p in "${PIDS[@]:-}" $FAKE_PID; do [ -n "$p" ] && kill -9 "$p" 2>/dev/null || true; done
  [ -n "$REDIS_PID" ] && kill "$REDIS_PID" 2>/dev/null || true
  [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

log() { echo "$*" | tee -a "$OUT"; }
now_ms() { date +%s%3N; }

wait_for() { # description, seconds, command...
  local what=$1 secs=$2; shift 2
  local deadline=$((SECONDS + secs))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || { echo "timed out waiting for $what" >&2; return 1; }
    sleep 0.2
  done
}

start_db() {
  if [ ! -d "$WORK/db/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$WORK/db" --auth-root-authentication-method=normal \
      --skip-test-db >/dev/null 2>&1
  fi
  mariadbd --no-defaults --user=root --datadir="$WORK/db" --port=$DB_PORT --bind-address=127.0.0.1 \
    --socket="$WORK/db.sock" --pid-file="$WORK/db.pid" --skip-log-bin --innodb-buffer-pool-size=64M \
    >"$WORK/db.log" 2>&1 &
  DB_PID=$!
  wait_for "mariadbd on $DB_PORT" 60 mariadb --no-defaults -h127.0.0.1 -P$DB_PORT -uroot -e "SELECT 1"
  mariadb --no-defaults -h127.0.0.1 -P$DB_PORT -uroot -e \
    "CREATE DATABASE IF NOT EXISTS salesbot CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
}
stop_db() { kill "$DB_PID"; wait "$DB_PID" 2>/dev/null || true; DB_PID=; }

start_redis() {
  redis-server --port $REDIS_PORT --bind 127.0.0.1 --save "" --appendonly no --dir "$WORK" \
    >"$WORK/redis.log" 2>&1 &
  REDIS_PID=$!
  wait_for "redis on $REDIS_PORT" 30 redis-cli -p $REDIS_PORT PING
}
stop_redis() { kill "$REDIS_PID"; wait "$REDIS_PID" 2>/dev/null || true; REDIS_PID=; }

start_fake() {
  java -Xmx128m bench/faults/FaultRun.java fake --port $FAKE_PORT --log "$WORK/deliveries.tsv" --seconds 1200 \
    >"$WORK/fake.log" 2>&1 &
  FAKE_PID=$!
  wait_for "fake wecom" 60 curl -fs "http://127.0.0.1:$FAKE_PORT/cgi-bin/gettoken"
}

JSA="${BOT_JAR%.jar}.jsa"
record_cds() { # a class-data archive for this jar (as the build records one), so restarts take seconds, not tens
  [ -f "$JSA" ] && return 0
  java -XX:ArchiveClassesAtExit="$JSA" -Xlog:disable -Djava.awt.headless=true -Dsalesbot.cds-training=true \
    -Dmicronaut.server.port=-1 -Dsalesbot.config-dir=config -Dsalesbot.demo.enabled=false \
    "-Ddatasources.default.url=jdbc:h2:mem:cds;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND" \
    -jar "$BOT_JAR" >"$WORK/cds.log" 2>&1 || true
}

start_bot() { # index -> sets BOT_PID
  local i=$1 port=${BOT_PORTS[$1]}
  SALESBOT_PORT=$port SALESBOT_CONFIG_DIR=config SALESBOT_DEMO_ENABLED=false \
  DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:$DB_PORT/salesbot?sslMode=DISABLED&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true" \
  DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD= \
  DATASOURCES_DEFAULT_DRIVER_CLASS_NAME=com.mysql.cj.jdbc.Driver \
  DATASOURCES_DEFAULT_CONNECTION_TIMEOUT=3000 \
  REDIS_URI=redis://127.0.0.1:$REDIS_PORT/0 REDIS_TIMEOUT=2s \
  WECOM_CORP_ID=ww_fault_corp WECOM_AGENT_ID=1000002 WECOM_SECRET=fault-secret WECOM_TOKEN=faultToken \
  WECOM_AES_KEY=$AES_KEY WECOM_API_BASE_URL=http://127.0.0.1:$FAKE_PORT \
  java -Xmx384m -XX:SharedArchiveFile="$JSA" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$BOT_JAR" \
    >>"$WORK/bot$i.log" 2>&1 &
  BOT_PID=$!
  PIDS+=("$BOT_PID")
}
bot_up() { curl -fs -o /dev/null "http://127.0.0.1:${BOT_PORTS[$1]}/health"; }

sender() { # port, count, acked-file, prefix [fallback port]  (background; sets SENDER_PID)
  local fallback=(); [ -n "${5:-}" ] && fallback=(--fallback-url "http://127.0.0.1:$5")
  java -Xmx128m bench/faults/FaultRun.java send --url "http://127.0.0.1:$1" --count "$2" --rate $RATE \
    --acked "$3" --prefix "$4" --retry-seconds 90 "${fallback[@]}" >"$WORK/sender-$4.log" 2>&1 &
  SENDER_PID=$!
}

delivered_count() { local n; n=$(grep -c $'\tdelivered' "$WORK/deliveries.tsv" 2>/dev/null || true); echo "${n:-0}"; }
drain() { # expected deliveries, seconds
  local deadline=$((SECONDS + $2))
  while [ "$(delivered_count)" -lt "$1" ] && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
}

fresh() { # new database contents, new logs (the fake keeps its log open: truncate, never delete it)
  : >"$WORK/deliveries.tsv"
  rm -f "$WORK"/acked-*.tsv
  mariadb --no-defaults -h127.0.0.1 -P$DB_PORT -uroot -e \
    "DROP DATABASE IF EXISTS salesbot; CREATE DATABASE salesbot CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  redis-cli -p $REDIS_PORT FLUSHALL >/dev/null   # the private Redis of this script only
}

verdict() { # acked-file restart-ms
  java -Xmx128m bench/faults/FaultRun.java check --acked "$1" --log "$WORK/deliveries.tsv" --restart-ms "$2" \
    | tee -a "$OUT" || true
}

scenario_kill9() {
  log "## kill -9 under load: one instance, $COUNT callbacks at $RATE/s, killed after 20 s, restarted after 3 s"
  fresh; start_bot 0; wait_for "bot" 120 bot_up 0
  local acked="$WORK/acked-k.tsv"
  sender ${BOT_PORTS[0]} "$COUNT" "$acked" k
  sleep 20
  kill -9 "$BOT_PID"; log "killed at $(now_ms)"
  sleep 3
  local restart; restart=$(now_ms); start_bot 0; log "restarted at $restart"
  wait_for "bot" 180 bot_up 0; log "answering /health $(( $(now_ms) - restart )) ms after the restart"
  wait "$SENDER_PID" || true; cat "$WORK/sender-k.log" | tee -a "$OUT"
  drain "$(wc -l <"$acked")" 120
  verdict "$acked" "$restart"
  kill "$BOT_PID"; wait "$BOT_PID" 2>/dev/null || true
}

scenario_two() {
  log "## two instances on one database + Redis, load split over both, instance 0 killed -9 after 20 s (not restarted)"
  fresh; start_bot 0; local b0=$BOT_PID; start_bot 1; local b1=$BOT_PID
  wait_for "bot 0" 150 bot_up 0; wait_for "bot 1" 150 bot_up 1
  local a0="$WORK/acked-a.tsv" a1="$WORK/acked-b.tsv"
  sender ${BOT_PORTS[0]} $((COUNT / 2)) "$a0" a ${BOT_PORTS[1]}; local s0=$SENDER_PID
  sender ${BOT_PORTS[1]} $((COUNT / 2)) "$a1" b ${BOT_PORTS[0]}; local s1=$SENDER_PID
  sleep 20
  local killed; killed=$(now_ms); kill -9 "$b0"; log "instance 0 killed at $killed"
  wait "$s0" || true; wait "$s1" || true
  cat "$WORK/sender-a.log" "$WORK/sender-b.log" | tee -a "$OUT"
  cat "$a0" "$a1" >"$WORK/acked-ab.tsv"
  drain "$(wc -l <"$WORK/acked-ab.tsv")" 120
  verdict "$WORK/acked-ab.tsv" "$killed"
  kill "$b1"; wait "$b1" 2>/dev/null || true
}

scenario_redis() {
  log "## Redis stopped for 10 s mid-run"
  fresh; start_bot 0; wait_for "bot" 120 bot_up 0
  local acked="$WORK/acked-r.tsv"
  sender ${BOT_PORTS[0]} "$COUNT" "$acked" r
  sleep 8
  stop_redis; log "redis stopped at $(now_ms)"
  sleep 10
  local back; back=$(now_ms); start_redis; log "redis back at $back"
  wait "$SENDER_PID" || true; cat "$WORK/sender-r.log" | tee -a "$OUT"
  drain "$(wc -l <"$acked")" 180
  verdict "$acked" "$back"
  kill "$BOT_PID"; wait "$BOT_PID" 2>/dev/null || true
}

scenario_db() {
  log "## database stopped for 10 s mid-run (callbacks answer 5xx meanwhile; the platform side retries)"
  fresh; start_bot 0; wait_for "bot" 120 bot_up 0
  local acked="$WORK/acked-d.tsv"
  sender ${BOT_PORTS[0]} "$COUNT" "$acked" d
  sleep 8
  stop_db; log "database stopped at $(now_ms)"
  sleep 10
  local back; back=$(now_ms); start_db; log "database back at $back"
  wait "$SENDER_PID" || true; cat "$WORK/sender-d.log" | tee -a "$OUT"
  drain "$(wc -l <"$acked")" 180
  verdict "$acked" "$back"
  kill "$BOT_PID"; wait "$BOT_PID" 2>/dev/null || true
}

log "# $(date -u +%FT%TZ) $(nproc) cores, loadavg $(cut -d' ' -f1-3 /proc/loadavg), count=$COUNT rate=$RATE/s"
record_cds; start_db; start_redis; start_fake
for SCENARIO in "${SCENARIOS[@]}"; do
  case "$SCENARIO" in
    kill9) scenario_kill9 ;;
    two-instances) scenario_two ;;
    redis-stop) scenario_redis ;;
    db-stop) scenario_db ;;
    all) scenario_kill9; scenario_two; scenario_redis; scenario_db ;;
    *) echo "unknown scenario $SCENARIO" >&2; exit 2 ;;
  esac
done
log "# done $(date -u +%FT%TZ) loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
