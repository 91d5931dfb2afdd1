# shellcheck shell=bash
# Shared functions for the CollabBot scripts: Node tooling, Chromium, Azurite, the Agents Playground, and
# background services that are always stopped. Source it from a script that runs `set -euo pipefail`:
#
#   source "$(dirname "$0")/lib.sh"
#   trap stop_all EXIT; trap 'exit 130' INT; trap 'exit 143' TERM
#
# Every service runs in its own process group (setsid) with stdin from /dev/null and its output in
# artifacts/logs/<name>.log; stop_all stops the groups (TERM, then KILL after a grace period) and reaps them.
# Every wait is bounded.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOG_DIR="${LOG_DIR:-$REPO_ROOT/artifacts/logs}"
NODE_BIN="$REPO_ROOT/node_modules/.bin"

# The well-known Azurite development account (public, documented by Microsoft).
AZURITE_ACCOUNT=devstoreaccount1
AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

_SERVICE_PIDS=()   # process group ids (= pids of the group leaders), in start order
_SERVICE_NAMES=()
_SERVICE_LOGS=()
_CLEANUP_DIRS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Runs a command as root: directly when root, through `sudo -n` when available, else fails.
_as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    die "need root (or password-less sudo) to run: $*"
  fi
}

# npm ci when node_modules is missing or package-lock.json is newer than npm's record of the last install.
ensure_node_modules() {
  local marker="$REPO_ROOT/node_modules/.package-lock.json"
  # A linked node_modules (another checkout's, shared) is that checkout's to install: npm ci would empty it for both.
  if [[ -L "$REPO_ROOT/node_modules" && -f "$marker" ]]; then
    return 0
  fi
  if [[ ! -d "$REPO_ROOT/node_modules" || ! -f "$marker" || "$REPO_ROOT/package-lock.json" -nt "$marker" ]]; then
    log "installing Node packages (npm ci)"
    (cd "$REPO_ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 timeout 900 npm ci --no-audit --no-fund) \
      || die "npm ci failed"
  fi
}

# Installs Debian's chromium when /usr/bin/chromium is missing (apt-get update first).
ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then
    return 0
  fi
  log "installing chromium (apt-get)"
  _as_root timeout 600 apt-get update -q || die "apt-get update failed"
  _as_root env DEBIAN_FRONTEND=noninteractive timeout 1200 \
    apt-get install -y -q --no-install-recommends chromium || die "apt-get install chromium failed"
  [[ -x /usr/bin/chromium ]] || die "chromium installed but /usr/bin/chromium is missing"
}

# ensure_local_secrets FILE: the bot's local secrets, made once with random values and kept in FILE (outside
# git: .data/ is ignored), then exported. Surveys__ResponseKey keys anonymous answers: keeping it lets an
# anonymous respondent resume after a restart.
ensure_local_secrets() {
  local file=$1
  if [[ ! -f $file ]]; then
    mkdir -p "$(dirname "$file")"
    (umask 077 && printf 'Surveys__ResponseKey=%s\n' "$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')" >"$file")
    log "made local secrets in ${file#"$REPO_ROOT"/}"
  fi
  set -a
  # shellcheck disable=SC1090
  source "$file"
  set +a
}

# Prints a TCP port that is free on 127.0.0.1 right now.
free_port() {
  node -e 'const s = require("net").createServer();
    s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# A temporary directory removed by stop_all. Usage: dir=$(make_temp_dir); register_cleanup_dir "$dir"
make_temp_dir() { mktemp -d "${TMPDIR:-/tmp}/collabbot-${1:-run}.XXXXXX"; }
register_cleanup_dir() { _CLEANUP_DIRS+=("$1"); }

# start_service NAME COMMAND [ARGS...]: starts COMMAND in a process group of its own, output to
# $LOG_DIR/NAME.log. Sets SERVICE_PID (also the process group id).
start_service() {
  local name=$1; shift
  mkdir -p "$LOG_DIR"
  local logfile="$LOG_DIR/$name.log"
  : >"$logfile"
  # setsid does not fork here (a background job is never a group leader), so $! is the new group's id.
  setsid "$@" </dev/null >>"$logfile" 2>&1 &
  SERVICE_PID=$!
  _SERVICE_PIDS+=("$SERVICE_PID")
  _SERVICE_NAMES+=("$name")
  _SERVICE_LOGS+=("$logfile")
  # Make sure the group exists before anyone signals it (setsid runs just after the fork).
  local tries=0
  while [[ $(ps -o pgid= -p "$SERVICE_PID" 2>/dev/null | tr -d ' ') != "$SERVICE_PID" ]] && ((tries++ < 50)); do
    kill -0 "$SERVICE_PID" 2>/dev/null || break
    sleep 0.02
  done
  log "started $name (pid $SERVICE_PID, log ${logfile#"$REPO_ROOT"/})"
}

# Fails (with the end of its log) when a started service has exited.
check_services() {
  local i
  for i in "${!_SERVICE_PIDS[@]}"; do
    if ! kill -0 "${_SERVICE_PIDS[$i]}" 2>/dev/null; then
      log "${_SERVICE_NAMES[$i]} exited; last lines of ${_SERVICE_LOGS[$i]}:"
      tail -n 30 "${_SERVICE_LOGS[$i]}" >&2 || true
      die "${_SERVICE_NAMES[$i]} is not running"
    fi
  done
}

# wait_http URL TIMEOUT_SECONDS [STATUS_REGEX]: waits until URL answers with a status matching the regex
# (default: any HTTP answer). Fails early when a started service exits.
wait_http() {
  local url=$1 timeout=$2 want=${3:-'^[1-5][0-9][0-9]$'}
  local deadline=$((SECONDS + timeout)) status
  while :; do
    if command -v curl >/dev/null 2>&1; then
      status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null) || true
    else
      status=$(node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
        .then((r) => console.log(r.status), () => console.log("000"))' "$url") || true
    fi
    if [[ $status =~ $want ]]; then
      return 0
    fi
    check_services
    if ((SECONDS >= deadline)); then
      die "$url did not answer as expected within ${timeout}s (last status: ${status:-none})"
    fi
    sleep 0.25
  done
}

# start_azurite DIR [BLOB_PORT QUEUE_PORT TABLE_PORT]: Azurite on 127.0.0.1 (free ports unless given),
# data in DIR; AZURITE_SILENT=1 drops its access log. Exports AZURITE_BLOB_PORT, AZURITE_QUEUE_PORT, AZURITE_TABLE_PORT and Storage__ConnectionString.
start_azurite() {
  local dir=$1
  local blob=${2:-$(free_port)} queue=${3:-$(free_port)} table=${4:-$(free_port)}
  mkdir -p "$dir"
  local quiet=()
  [[ ${AZURITE_SILENT:-0} == 1 ]] && quiet=(--silent)
  start_service azurite "$NODE_BIN/azurite" --location "$dir" --skipApiVersionCheck --disableTelemetry "${quiet[@]}" \
    --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
    --tableHost 127.0.0.1 --tablePort "$table"
  wait_http "http://127.0.0.1:$table/$AZURITE_ACCOUNT" 60
  wait_http "http://127.0.0.1:$queue/$AZURITE_ACCOUNT" 30
  export AZURITE_BLOB_PORT=$blob AZURITE_QUEUE_PORT=$queue AZURITE_TABLE_PORT=$table
  export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=$AZURITE_ACCOUNT;AccountKey=$AZURITE_KEY;BlobEndpoint=http://127.0.0.1:$blob/$AZURITE_ACCOUNT;QueueEndpoint=http://127.0.0.1:$queue/$AZURITE_ACCOUNT;TableEndpoint=http://127.0.0.1:$table/$AZURITE_ACCOUNT;"
  log "azurite ready: table $table, queue $queue, blob $blob"
}

# start_playground PORT BOT_URL CONFIG_DIR [NAME]: the Agents Playground for BOT_URL (…/api/messages) on
# PORT, with the context of CONFIG_DIR/.m365agentsplayground.yml. It exits when its stdin closes, so stdin
# is kept open by `sleep infinity` in the same group. When PORT is taken it silently picks another port:
# the port is read back from its output. Exports PLAYGROUND_URL and PLAYGROUND_PORT.
start_playground() {
  local port=$1 bot_url=$2 config_dir=$3 name=${4:-playground}
  [[ -f "$config_dir/.m365agentsplayground.yml" ]] || die "no .m365agentsplayground.yml in $config_dir"
  config_dir=$(cd "$config_dir" && pwd)
  mkdir -p "$LOG_DIR"
  # The Playground writes its own log to ./devTools unless told otherwise, and opens a browser unless
  # TEAMSAPPTESTER_BROWSER=none.
  start_service "$name" env -C "$config_dir" \
    TEAMSAPPTESTER_BROWSER=none \
    M365_AGENTS_PLAYGROUND_CONFIG_PATH="$config_dir/.m365agentsplayground.yml" \
    M365_AGENTS_PLAYGROUND_LOGFILE="$LOG_DIR/$name-internal.log" \
    bash -c 'sleep infinity | exec "$0" "$@"' \
    "$NODE_BIN/agentsplayground" -e "$bot_url" -c msteams -p "$port" --dt
  local logfile="$LOG_DIR/$name.log" deadline=$((SECONDS + 60)) actual=""
  while [[ -z $actual ]]; do
    actual=$(sed -n 's/^Listening on \([0-9][0-9]*\).*/\1/p' "$logfile" | head -n 1)
    [[ -n $actual ]] && break
    check_services
    ((SECONDS < deadline)) || die "$name did not report its port within 60s (see $logfile)"
    sleep 0.25
  done
  if [[ $actual != "$port" ]]; then
    log "warning: port $port was taken; $name listens on $actual"
  fi
  export PLAYGROUND_PORT=$actual PLAYGROUND_URL="http://localhost:$actual"
  wait_http "$PLAYGROUND_URL/" 60 '^200$'
  log "$name ready at $PLAYGROUND_URL (bot $bot_url, context ${config_dir#"$REPO_ROOT"/})"
}

# Stops every started service (last started first): TERM to the whole group, KILL after 10 s; reaps them.
stop_services() {
  local i pgid name deadline
  for ((i = ${#_SERVICE_PIDS[@]} - 1; i >= 0; i--)); do
    pgid=${_SERVICE_PIDS[$i]}
    name=${_SERVICE_NAMES[$i]}
    if kill -0 -- "-$pgid" 2>/dev/null; then
      kill -TERM -- "-$pgid" 2>/dev/null || true
      deadline=$((SECONDS + 10))
      while kill -0 -- "-$pgid" 2>/dev/null && ((SECONDS < deadline)); do
        sleep 0.1
      done
      if kill -0 -- "-$pgid" 2>/dev/null; then
        log "$name did not stop on TERM; killing"
        kill -KILL -- "-$pgid" 2>/dev/null || true
      fi
    fi
    wait "$pgid" 2>/dev/null || true
    log "stopped $name"
  done
  _SERVICE_PIDS=() _SERVICE_NAMES=() _SERVICE_LOGS=()
}

# stop_services, then removes the registered temporary directories. Safe to call more than once.
stop_all() {
  local i
  stop_services
  for i in "${!_CLEANUP_DIRS[@]}"; do
    rm -rf -- "${_CLEANUP_DIRS[$i]}"
  done
  _CLEANUP_DIRS=()
}

# Stops everything this script started when it ends, however it ends (exit, Ctrl-C, TERM).
stop_all_on_exit() {
  trap stop_all EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}
