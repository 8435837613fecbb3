#!/usr/bin/env bash
# Cost per message, for docs/load.md: CPU milliseconds each process spends per callback (the bot, MariaDB, Redis,
# and the load generator with its fake platform APIs), SQL statements per callback from MariaDB's global counters,
# and the steady-state ack and reply rates. Less noisy than the rates of bench/load/run.sh (which starts every JVM
# fresh): each bot is started once, takes one unmeasured WeCom or DingTalk run to warm up, and the second run of the
# same mode is measured. Jars are alternated within each round, so all see the same background load.
#
#   bench/load/cost.sh [rounds] jar [jar...]        (from the repository root; default 3 rounds)
#   bench/load/cost.sh 3 /tmp/before/salesbot.jar bot/target/salesbot.jar
#
# Needs MariaDB at 127.0.0.1:3306 (root, empty password: its own database salesbot_load, recreated) and Redis at
# 127.0.0.1:6379 (database 5, flushed), like run.sh. Every bot runs with the flags the Dockerfile ships
# (BOT_JAVA_OPTS to change), -Xmx256m. The statement counters are global: run it on an otherwise idle database.
# Bounded: fixed request counts, every wait has a timeout, the bot it starts is stopped on exit.
set -euo pipefail

ROUNDS=${1:-3}; shift || true
[ $# -ge 1 ] || { echo "usage: bench/load/cost.sh [rounds] jar [jar...]" >&2; exit 2; }
JARS=(); for j in "$@"; do JARS+=("$(realpath "$j")"); done
MODES=${MODES:-wecom dingtalk}
REQUESTS=${REQUESTS:-1500} WARMUP=${WARMUP:-300}
SHIPPED_OPTS=$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' Dockerfile | tr ' ' '\n' | grep -v '^-Xmx' | tr '\n' ' ')
BOT_JAVA_OPTS=${BOT_JAVA_OPTS-$SHIPPED_OPTS}
OUT=${OUT:-bench/load/results-$(date -u +%Y%m%dT%H%M%SZ)-cost.txt}
PORT=18080 FAKE_WECOM=18091 FAKE_DINGTALK=18092 DB=salesbot_load
AES_KEY=jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C
CLASSES=$(mktemp -d)
BOT=
cleanup() { [ -z "$BOT" ] || { kill "$BOT" 2>/dev/null; wait "$BOT" 2>/dev/null; }; rm -rf "$CLASSES"; true; }
trap cleanup EXIT
javac -d "$CLASSES" bench/load/LoadGen.java

log() { echo "$*" | tee -a "$OUT"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system CPU of a process, in 1/100 s
counters() {
  mariadb -h127.0.0.1 -uroot -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_commit','Questions')" |
    awk '{printf "%s ", $2}'
}

# mode: one LoadGen run against the bot; prints its RESULT line and, last, the load generator's own CPU seconds
loadgen() {
  local args
  if [ "$1" = wecom ]; then
    args=(--mode wecom --fake-wecom-port $FAKE_WECOM --corp-id ww_load_corp --token loadToken --aes-key $AES_KEY
      --agent-id 1000002)
  else
    args=(--mode dingtalk --fake-dingtalk-port $FAKE_DINGTALK --dingtalk-secret loadDingtalkSecret)
  fi
  java -Xmx256m -cp "$CLASSES" LoadGen --url "http://127.0.0.1:$PORT" --requests "$REQUESTS" --warmup "$WARMUP" \
    --concurrency 16 --deadline-seconds 300 --drain-seconds 120 "${args[@]}" &
  local lg=$! cpu=0
  # the load generator's CPU, read just before it exits (it lingers a few seconds for late duplicates)
  while kill -0 $lg 2>/dev/null; do cpu=$(ticks $lg 2>/dev/null || echo "$cpu"); sleep 0.2; done
  wait $lg
  echo "LOADGEN_TICKS $cpu"
}

measure() { # label, jar, mode
  mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  redis-cli -n 5 FLUSHDB >/dev/null
  SALESBOT_PORT=$PORT SALESBOT_CONFIG_DIR=config \
  DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$DB?sslMode=DISABLED&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true" \
  DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD= \
  DATASOURCES_DEFAULT_DRIVER_CLASS_NAME=com.mysql.cj.jdbc.Driver REDIS_URI=redis://127.0.0.1:6379/5 \
  WECOM_CORP_ID=ww_load_corp WECOM_AGENT_ID=1000002 WECOM_SECRET=load-secret WECOM_TOKEN=loadToken \
  WECOM_AES_KEY=$AES_KEY WECOM_API_BASE_URL=http://127.0.0.1:$FAKE_WECOM \
  DINGTALK_APP_KEY=loadAppKey DINGTALK_APP_SECRET=loadDingtalkSecret DINGTALK_MODE=http \
  DINGTALK_API_BASE_URL=http://127.0.0.1:$FAKE_DINGTALK DINGTALK_OAPI_BASE_URL=http://127.0.0.1:$FAKE_DINGTALK \
  java -Xmx256m $BOT_JAVA_OPTS -jar "$2" >/tmp/salesbot-cost-bot.log 2>&1 &
  BOT=$!
  local deadline=$((SECONDS + 180))
  until curl -fs "http://127.0.0.1:$PORT/health" 2>/dev/null | grep -q UP; do
    [ $SECONDS -lt $deadline ] || { echo "the bot did not come up" >&2; exit 1; }
    sleep 0.2
  done
  loadgen "$3" >/dev/null # warm-up run, not measured
  local mdb red b0 m0 r0 q0 out b1 m1 r1 q1 n
  mdb=$(pgrep -x mariadbd | head -1); red=$(pgrep -x redis-server | head -1)
  b0=$(ticks $BOT); m0=$(ticks "$mdb"); r0=$(ticks "$red"); q0=$(counters)
  out=$(loadgen "$3")
  b1=$(ticks $BOT); m1=$(ticks "$mdb"); r1=$(ticks "$red"); q1=$(counters)
  n=$((REQUESTS + WARMUP))
  log "$(echo "$out" | grep '^RESULT' | sed "s/^RESULT /RESULT [$1 $3] /")"
  python3 - "$1" "$3" "$n" "$b1-$b0" "$m1-$m0" "$r1-$r0" "$(echo "$out" | sed -n 's/^LOADGEN_TICKS //p')" \
    "$q0" "$q1" <<'PY' | tee -a "$OUT"
import sys
label, mode, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
bot, mdb, red = (eval(x) * 10 / n for x in sys.argv[4:7])  # ticks are 1/100 s: ms per message
lg = float(sys.argv[7]) * 10 / n
(c0, q0), (c1, q1) = (map(int, s.split()) for s in sys.argv[8:10])
print(f"COST [{label} {mode}] bot_ms={bot:.2f} mariadb_ms={mdb:.2f} redis_ms={red:.2f} loadgen_ms={lg:.2f} "
      f"commits={(c1 - c0) / n:.2f} statements={(q1 - q0) / n:.2f}")
PY
  log "RSS [$1 $3] kb=$(ps -o rss= -p "$BOT" | tr -d ' ')"
  kill "$BOT"; wait "$BOT" 2>/dev/null || true; BOT=
}

log "# $(date -u +%FT%TZ) $(nproc) cores, rounds=$ROUNDS requests=$REQUESTS warmup=$WARMUP modes=[$MODES] bot [$BOT_JAVA_OPTS]"
for i in "${!JARS[@]}"; do log "# jar$i=$(basename "$(dirname "${JARS[$i]}")")/$(basename "${JARS[$i]}")"; done
for round in $(seq 1 "$ROUNDS"); do
  log "## round $round  loadavg: $(cut -d' ' -f1-3 /proc/loadavg)"
  for mode in $MODES; do
    for i in "${!JARS[@]}"; do measure "jar$i" "${JARS[$i]}" "$mode"; done
  done
done
python3 - "$OUT" <<'PY' | tee -a "$OUT"
import re, statistics, sys, collections
vals = collections.defaultdict(list)
for line in open(sys.argv[1]):
    m = re.match(r"(RESULT|COST) \[(\S+) (\S+)\] (.*)", line)
    if not m:
        continue
    for k, v in re.findall(r"(\w+)=([0-9.]+)(?:/s|ms)?\b", m.group(4)):
        if k in ("throughput", "p99", "e2e", "bot_ms", "mariadb_ms", "redis_ms", "loadgen_ms", "commits", "statements"):
            vals[(m.group(2), m.group(3), k)].append(float(v))
print("# medians over the rounds")
for (label, mode, k), v in sorted(vals.items()):
    print(f"MEDIAN [{label} {mode}] {k}={statistics.median(v):g}")
PY
