#!/usr/bin/env bash
# Starts PostgreSQL, two Wizyty instances and HAProxy on 127.0.0.1, runs the smoke journey through the proxy
# (ClusterSmokeIT: sign in and book, the scheduled outbox job handles the booking's e-mail on exactly one instance,
# kill -9 the instance serving the session, sign in again on the other, the booking is there), and stops everything. Needs what .ci/run installs plus Debian's haproxy (installed here when missing).
#   bash deploy/local-cluster.sh            # start, smoke, stop
#   KEEP=1 bash deploy/local-cluster.sh     # leave the cluster running after the smoke (Ctrl+C stops it)
set -euo pipefail
cd "$(dirname "$0")/.."

PG_PORT=${PG_PORT:-54350}
APP1_PORT=${APP1_PORT:-18081}
APP2_PORT=${APP2_PORT:-18082}
PROXY_PORT=${PROXY_PORT:-8090}
WORK=$(mktemp -d /tmp/wizyty-cluster.XXXXXX)
LOGS=target/cluster
mkdir -p "$LOGS"

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="$candidate"
      break
    fi
  done
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if ! command -v haproxy > /dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy > /dev/null
fi

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_DATA="$WORK/pg"
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop > /dev/null 2>&1 || true
  cp "$WORK"/*.log "$LOGS"/ 2> /dev/null || true
  rm -rf "$WORK"
}
trap stop_all EXIT

wait_for() { # url, seconds
  for _ in $(seq "$2"); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = "200" ]; then return 0; fi
    sleep 1
  done
  echo "No answer from $1 within $2 s" >&2
  return 1
}

echo "1. PostgreSQL on 127.0.0.1:$PG_PORT"
mkdir -p "$PG_DATA" && chown postgres:postgres "$WORK" "$PG_DATA"
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 > /dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/postgresql.log" -w \
  -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" start > /dev/null
runuser -u postgres -- "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres wizyty

echo "2. Two instances (demo data) on :$APP1_PORT and :$APP2_PORT"
[ -n "$(ls target/wizyty-*.jar 2> /dev/null)" ] || ./mvnw -B -q package -DskipTests
# The instances run from a copy: the smoke's own Maven run rebuilds target/*.jar.
cp "$(ls target/wizyty-*.jar | head -1)" "$WORK/wizyty.jar"
start_instance() { # name, port
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/wizyty" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= WIZYTY_HOME="$WORK/$1" \
    java -Xmx512m -jar "$WORK/wizyty.jar" --server.port="$2" --spring.profiles.active=demo > "$WORK/$1.log" 2>&1 &
  echo $! > "$WORK/$1.pid"
  pids+=("$!")
}
# One after the other: the first start migrates the schema and writes the demo data.
start_instance app1 "$APP1_PORT"
wait_for "http://127.0.0.1:$APP1_PORT/login" 180
start_instance app2 "$APP2_PORT"
wait_for "http://127.0.0.1:$APP2_PORT/login" 180

echo "3. HAProxy on 127.0.0.1:$PROXY_PORT"
WIZYTY_PROXY_BIND="127.0.0.1:$PROXY_PORT" WIZYTY_APP1="127.0.0.1:$APP1_PORT" WIZYTY_APP2="127.0.0.1:$APP2_PORT" \
  haproxy -db -f deploy/haproxy.cfg > "$WORK/haproxy.log" 2>&1 &
pids+=("$!")
wait_for "http://127.0.0.1:$PROXY_PORT/login" 30

echo "4. Smoke journey through the proxy"
./mvnw -B -q verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClusterSmokeIT \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dwizyty.cluster.url="http://127.0.0.1:$PROXY_PORT" \
  -Dwizyty.cluster.dir="$WORK" -Dwizyty.cluster.db="jdbc:postgresql://127.0.0.1:$PG_PORT/wizyty"
grep -h "Cluster smoke" target/failsafe-reports/*ClusterSmokeIT-output.txt 2> /dev/null || true
echo "Smoke passed. Logs in $LOGS/."

if [ -n "${KEEP:-}" ]; then
  echo "The cluster runs on http://127.0.0.1:$PROXY_PORT (Ctrl+C stops it)."
  wait
fi
