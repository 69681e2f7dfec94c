#!/usr/bin/env bash
# Runs Thi Đua on this machine: the embedded stores, the command side and the query side.
# Needs only Java 17 (the Maven wrapper fetches Maven). Data stays in ./data across restarts.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: ./run.sh [--demo] [--help]

Builds what is missing, starts the embedded PostgreSQL event store and the MongoDB stand-in,
then the command side and the query side, and waits until both answer healthy.
Ctrl-C stops everything (services first, then the stores). Data is kept in ./data.

  --demo   after startup, load the Quảng Ninh 2023 demo data through the command API
  --help   show this help

Environment (all optional):
  THIDUA_COMMAND_PORT   command side port (default 8081)
  THIDUA_QUERY_PORT     query side port (default 8082)
  THIDUA_POSTGRES_PORT  embedded PostgreSQL port (default 15432)
  THIDUA_MONGO_PORT     embedded MongoDB stand-in port (default 27017)
  THIDUA_DATA_DIR       data folder (default ./data)
  THIDUA_EVENTSTORE_URL set to use an external PostgreSQL; no embedded PostgreSQL starts
                        (with THIDUA_EVENTSTORE_USER / THIDUA_EVENTSTORE_PASSWORD)
  THIDUA_MONGODB_URI    set to use an external MongoDB; no embedded stand-in starts
  THIDUA_JWT_SECRET     secret that signs the login tokens of both services
  THIDUA_OIDC_ISSUER_URI OIDC mode: the provider's issuer, e.g. http://localhost:8180/realms/thidua
                        for the Keycloak of deploy/keycloak; the services then accept only its
                        tokens and the demo logins are off (docs/features/oidc.md)
  THIDUA_OIDC_AUDIENCE  OIDC mode: the audience the tokens must carry (default thidua-api)
  THIDUA_STARTUP_TIMEOUT seconds to wait for each service to become healthy (default 180)
EOF
}

DEMO=false
for argument in "$@"; do
  case "$argument" in
    --demo) DEMO=true ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      echo "run.sh: unknown option '$argument'" >&2
      usage >&2
      exit 2
      ;;
  esac
done

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(pwd)
VERSION=0.1.0-SNAPSHOT
COMMAND_PORT=${THIDUA_COMMAND_PORT:-8081}
QUERY_PORT=${THIDUA_QUERY_PORT:-8082}
POSTGRES_PORT=${THIDUA_POSTGRES_PORT:-15432}
MONGO_PORT=${THIDUA_MONGO_PORT:-27017}
DATA_DIR=${THIDUA_DATA_DIR:-$ROOT/data}
LOG_DIR=$DATA_DIR/logs
STARTUP_TIMEOUT=${THIDUA_STARTUP_TIMEOUT:-180}
STOP_TIMEOUT=60

STORES_JAR=embedded-stores/target/embedded-stores-$VERSION-exec.jar
COMMAND_JAR=command-side/target/command-side-$VERSION-exec.jar
QUERY_JAR=query-side/target/query-side-$VERSION-exec.jar
DEMO_JAR=demo-data/target/demo-data-$VERSION-exec.jar
# what the exec jars are built from; a change in any of these means a rebuild
BUILD_INPUTS=(pom.xml shared-events scoring embedded-stores service-support command-side query-side demo-data)

if [[ -n ${JAVA_HOME:-} ]]; then
  JAVA=$JAVA_HOME/bin/java
else
  JAVA=java
fi

STORES_PID=""
COMMAND_PID=""
QUERY_PID=""
PAUSE_PID=""

fail() {
  echo "run.sh: $*" >&2
  exit 1
}

log_tail() {
  local file=$1 causes
  if [[ -f $file ]]; then
    echo "---- last lines of $file ----" >&2
    tail -n 40 "$file" >&2
    echo "----" >&2
    causes=$(grep -E '^Caused by: ' "$file" | tail -n 3 || true)
    if [[ -n $causes ]]; then
      printf 'Root causes in the log:\n%s\n' "$causes" >&2
    fi
  fi
}

is_running() {
  [[ -n $1 ]] && kill -0 "$1" 2>/dev/null
}

# Sleeps in the background so that a signal interrupts the wait at once.
pause() {
  sleep "$1" &
  PAUSE_PID=$!
  wait "$PAUSE_PID" || true
  PAUSE_PID=""
}

# Asks processes to stop (SIGTERM), waits for them, and kills those that do not stop in time.
# Arguments: pairs of a name and a pid (an empty pid is skipped).
stop_processes() {
  local names=() pids=() waited=0 index
  while (($# >= 2)); do
    if is_running "$2"; then
      names+=("$1")
      pids+=("$2")
      echo "Stopping the $1 (pid $2)..."
      kill -TERM "$2" 2>/dev/null || true
    fi
    shift 2
  done
  for index in "${!pids[@]}"; do
    while is_running "${pids[$index]}" && ((waited < STOP_TIMEOUT)); do
      sleep 1
      waited=$((waited + 1))
    done
    if is_running "${pids[$index]}"; then
      echo "run.sh: the ${names[$index]} did not stop within ${STOP_TIMEOUT}s; killing it" >&2
      kill -KILL "${pids[$index]}" 2>/dev/null || true
    fi
    wait "${pids[$index]}" 2>/dev/null || true
  done
}

cleanup() {
  local status=$?
  # finish stopping even when a second Ctrl-C comes or whatever reads our output (tee) is gone
  trap '' INT TERM HUP PIPE
  set +e
  if [[ -n $PAUSE_PID ]]; then
    kill "$PAUSE_PID" 2>/dev/null || true
  fi
  # the services first, so they do not lose their stores while still working
  stop_processes "query side" "$QUERY_PID" "command side" "$COMMAND_PID"
  stop_processes "embedded stores" "$STORES_PID"
  if [[ -n $STORES_PID$COMMAND_PID$QUERY_PID ]]; then
    echo "Stopped. Data is kept in $DATA_DIR."
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

check_java() {
  command -v "$JAVA" >/dev/null 2>&1 || fail "Java 17 or newer is required, but 'java' was not found (set JAVA_HOME or PATH)"
  local version major
  version=$("$JAVA" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')
  major=${version%%.*}
  if [[ $major == 1 ]]; then
    major=$(echo "$version" | cut -d. -f2)
  fi
  if ! [[ $major =~ ^[0-9]+$ ]] || ((major < 17)); then
    fail "Java 17 or newer is required, found '$version' ($JAVA)"
  fi
}

# True when something accepts connections on the local port.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

require_free_port() {
  local port=$1 what=$2 variable=$3
  if port_in_use "$port"; then
    fail "port $port ($what) is already in use. Stop whatever listens there (an earlier ./run.sh?) or set $variable to another port."
  fi
}

# Builds when an exec jar is missing or older than any source or pom it is built from.
build_if_needed() {
  local jars=("$STORES_JAR" "$COMMAND_JAR" "$QUERY_JAR") inputs=() jar reason=""
  if [[ $DEMO == true ]]; then
    jars+=("$DEMO_JAR")
  fi
  for input in "${BUILD_INPUTS[@]}"; do
    [[ -e $input ]] && inputs+=("$input")
  done
  for jar in "${jars[@]}"; do
    if [[ ! -f $jar ]]; then
      reason="$jar is missing"
      break
    fi
    if [[ -n $(find "${inputs[@]}" -name target -prune -o -type f \( -name pom.xml -o -path '*/src/main/*' \) -newer "$jar" -print -quit) ]]; then
      reason="sources changed since $jar was built"
      break
    fi
  done
  if [[ -n $reason ]]; then
    echo "Building ($reason); the first build downloads Maven and the dependencies and takes a few minutes..."
    ./mvnw -B -q -DskipTests install
  fi
  for jar in "${jars[@]}"; do
    [[ -f $jar ]] || fail "the build did not produce $jar"
  done
}

# Prints the HTTP response of GET http://127.0.0.1:port/path, using bash alone (no curl needed).
http_get() {
  local port=$1 path=$2 line
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
  while IFS= read -r -t 5 line <&3 || [[ -n $line ]]; do
    printf '%s\n' "$line"
    line=""
  done
  exec 3<&-
}

is_healthy() {
  local response
  response=$(http_get "$1" /actuator/health 2>/dev/null) || return 1
  [[ $response == "HTTP/1."?" 200"* && $response == *'"status":"UP"'* ]]
}

# Decides which stores run embedded: a store whose external URL is configured is not started.
plan_stores() {
  EMBEDDED_POSTGRES=true
  EMBEDDED_MONGO=true
  if [[ -n ${THIDUA_EVENTSTORE_URL:-} ]]; then
    EMBEDDED_POSTGRES=false
  else
    require_free_port "$POSTGRES_PORT" "embedded PostgreSQL" THIDUA_POSTGRES_PORT
    export THIDUA_EVENTSTORE_URL=jdbc:postgresql://localhost:$POSTGRES_PORT/thidua
  fi
  if [[ -n ${THIDUA_MONGODB_URI:-} ]]; then
    EMBEDDED_MONGO=false
  else
    require_free_port "$MONGO_PORT" "embedded MongoDB stand-in" THIDUA_MONGO_PORT
    export THIDUA_MONGODB_URI=mongodb://127.0.0.1:$MONGO_PORT/thidua
  fi
}

start_stores() {
  local postgres_port=-1 mongo_port=-1 log=$LOG_DIR/stores.log waited=0
  if [[ $EMBEDDED_POSTGRES == true ]]; then
    postgres_port=$POSTGRES_PORT
  else
    echo "Event store: external PostgreSQL at $THIDUA_EVENTSTORE_URL"
  fi
  if [[ $EMBEDDED_MONGO == true ]]; then
    mongo_port=$MONGO_PORT
  else
    echo "Read store: external MongoDB"
  fi
  if [[ $postgres_port == -1 && $mongo_port == -1 ]]; then
    return 0
  fi

  echo "Starting the embedded stores (log: $log)..."
  rotate_log "$log"
  "$JAVA" -jar "$STORES_JAR" --data-dir="$DATA_DIR" \
    --postgres-port="$postgres_port" --mongo-port="$mongo_port" >"$log" 2>&1 &
  STORES_PID=$!
  until grep -q '^READY' "$log" 2>/dev/null; do
    if ! is_running "$STORES_PID"; then
      log_tail "$log"
      fail "the embedded stores did not start; see $log"
    fi
    if ((waited >= STARTUP_TIMEOUT)); then
      log_tail "$log"
      fail "the embedded stores were not ready after ${STARTUP_TIMEOUT}s; see $log"
    fi
    pause 1
    waited=$((waited + 1))
  done
  echo "The embedded stores are up."
}

rotate_log() {
  if [[ -f $1 ]]; then
    mv -f "$1" "$1.previous"
  fi
}

# start_service NAME JAR PORT LOG; sets STARTED_PID
start_service() {
  local name=$1 jar=$2 port=$3 log=$4
  echo "Starting the $name on port $port (log: $log)..."
  rotate_log "$log"
  # the UI (served by the query side) calls the command side across origins
  SERVER_PORT=$port THIDUA_UI_COMMANDURL=${THIDUA_UI_COMMANDURL:-http://localhost:$COMMAND_PORT} \
    THIDUA_SECURITY_CORSORIGINS=${THIDUA_SECURITY_CORSORIGINS:-http://localhost:$QUERY_PORT,http://127.0.0.1:$QUERY_PORT} \
    "$JAVA" -Xmx512m -jar "$jar" >"$log" 2>&1 &
  STARTED_PID=$!
}

wait_until_healthy() {
  local name=$1 pid=$2 port=$3 log=$4 waited=0
  until is_healthy "$port"; do
    if ! is_running "$pid"; then
      log_tail "$log"
      fail "the $name stopped during startup; see $log"
    fi
    if ((waited >= STARTUP_TIMEOUT)); then
      log_tail "$log"
      fail "the $name did not answer UP on http://localhost:$port/actuator/health within ${STARTUP_TIMEOUT}s; see $log"
    fi
    pause 1
    waited=$((waited + 1))
  done
  echo "The $name is up."
}

print_banner() {
  cat <<EOF

Thi Đua is running.
  Open the UI    http://localhost:$QUERY_PORT/ui/    (sign in with a demo login below)
  Command API    http://localhost:$COMMAND_PORT/api    Swagger UI http://localhost:$COMMAND_PORT/swagger-ui.html
  Query API      http://localhost:$QUERY_PORT/api    Swagger UI http://localhost:$QUERY_PORT/swagger-ui.html
  Health         http://localhost:$COMMAND_PORT/actuator/health    http://localhost:$QUERY_PORT/actuator/health
  Data and logs  $DATA_DIR (kept across restarts), logs in $LOG_DIR

Demo logins (password for all: thidua-local)
  user          role        unit
  quantri       ADMIN       TANDTC
  totochuc.qn   ORGANISER   TAND-QN
  thuky.qn      CLERK       TAND-QN and the units below it
  truongdonvi.qn UNIT_HEAD  TAND-QN (signs its pledge, votes in cluster ballots)
  thidua.qn     EMULATION_OFFICER TAND-QN (nominates)
  uyvien.hd     COUNCIL_MEMBER TANDTC (votes)
  chanhan.qn    DECIDER     TAND-QN (provincial titles)
  chanhan.tc    DECIDER     TANDTC (sector titles)
  kiemtra       AUDITOR     TANDTC
  phantich      ANALYST     TANDTC
These users and passwords exist in local mode only; production uses an OIDC provider.
Example: curl -u phantich:thidua-local http://localhost:$QUERY_PORT/api/campaigns
EOF
  if [[ -n ${THIDUA_OIDC_ISSUER_URI:-} ]]; then
    cat <<EOF
OIDC mode: the logins above are OFF; sign in at $THIDUA_OIDC_ISSUER_URI and send its
access token as "Authorization: Bearer ..." (docs/features/oidc.md).
EOF
  fi
  cat <<EOF

Press Ctrl-C to stop.
EOF
}

check_java
require_free_port "$COMMAND_PORT" "command side" THIDUA_COMMAND_PORT
require_free_port "$QUERY_PORT" "query side" THIDUA_QUERY_PORT
plan_stores
build_if_needed
mkdir -p "$LOG_DIR"
start_stores

start_service "command side" "$COMMAND_JAR" "$COMMAND_PORT" "$LOG_DIR/command-side.log"
COMMAND_PID=$STARTED_PID
# the command side creates the event store tables, so the query side starts once it is up
wait_until_healthy "command side" "$COMMAND_PID" "$COMMAND_PORT" "$LOG_DIR/command-side.log"
start_service "query side" "$QUERY_JAR" "$QUERY_PORT" "$LOG_DIR/query-side.log"
QUERY_PID=$STARTED_PID
wait_until_healthy "query side" "$QUERY_PID" "$QUERY_PORT" "$LOG_DIR/query-side.log"

if [[ $DEMO == true ]]; then
  echo "Loading the demo data..."
  if ! "$JAVA" -jar "$DEMO_JAR" --command-url="http://localhost:$COMMAND_PORT"; then
    echo "run.sh: the demo loader failed (see above); the services keep running" >&2
  fi
fi

print_banner

while true; do
  for service in "command side:$COMMAND_PID:command-side" "query side:$QUERY_PID:query-side" "embedded stores:$STORES_PID:stores"; do
    IFS=: read -r name pid logname <<<"$service"
    if [[ -n $pid ]] && ! is_running "$pid"; then
      log_tail "$LOG_DIR/$logname.log"
      fail "the $name stopped unexpectedly; stopping the rest"
    fi
  done
  pause 2
done
