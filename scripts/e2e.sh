#!/usr/bin/env bash
# End-to-end tests: Azurite + the built bot + the Agents Playground (staff and member contexts) + headless
# Chromium, driving e2e/*.test.mjs with node:test. Needs no terminal; everything it starts is stopped on exit.
#
#   scripts/e2e.sh [TEST_FILES...]          (default: every e2e/*.test.mjs)
#
# Build the bot first (dotnet build -c Release). Environment:
#   BOT_CMD             command that runs the bot; `--urls http://127.0.0.1:PORT` is appended
#                       (default: dotnet Bot/bin/Release/net10.0/CollabBot.Bot.dll)
#   BOT_PORT            bot port (default: a free one)
#   BOT_HEALTH_URL      waited for until 200 (default: http://127.0.0.1:$BOT_PORT/healthz); empty: only wait
#                       until the bot's port answers
#   E2E_PLAYGROUND_PORT staff Playground port (default: a free one)
#   E2E_MEMBER_PLAYGROUND=0  skip the second Playground (member context, PLAYGROUND_MEMBER_URL)
#   E2E_TIMEOUT         seconds for the whole test run (default 900)
#   E2E_ARTIFACTS       screenshots (default artifacts/e2e); service logs go to artifacts/logs
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STAFF_AAD_ID=00000000-0000-0000-0000-0000000000020    # currentUser of e2e/.m365agentsplayground.yml
TENANT_ID=00000000-0000-0000-0000-0000000000001       # tenantId of both Playground contexts

run_dir=""
cleanup() {
  stop_services
  # Playwright starts Chromium in a process group of its own and closes it when the runner stops; if the
  # runner was killed hard, end the browsers this run started: the only processes naming this run's
  # private temp directory.
  if [[ -n $run_dir ]]; then
    local pids
    pids=$(pgrep -f -- "--user-data-dir=$run_dir/" || true)
    if [[ -n $pids ]]; then
      log "stopping leftover browsers: $(echo "$pids" | tr '\n' ' ')"
      # shellcheck disable=SC2086
      kill -KILL $pids 2>/dev/null || true
    fi
  fi
  stop_all
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cd "$REPO_ROOT"
ensure_node_modules
ensure_chromium

export E2E_ARTIFACTS="${E2E_ARTIFACTS:-$REPO_ROOT/artifacts/e2e}"
rm -rf "$E2E_ARTIFACTS"
mkdir -p "$E2E_ARTIFACTS" "$LOG_DIR"

run_dir=$(make_temp_dir e2e)
register_cleanup_dir "$run_dir"
mkdir -p "$run_dir/tmp"

start_azurite "$run_dir/azurite"

BOT_PORT=${BOT_PORT:-$(free_port)}
DEFAULT_BOT_DLL=Bot/bin/Release/net10.0/CollabBot.Bot.dll
if [[ -z ${BOT_CMD:-} ]]; then
  [[ -f $DEFAULT_BOT_DLL ]] || die "$DEFAULT_BOT_DLL not found: build the bot first (dotnet build -c Release)"
  # Its content root is its build folder, where appsettings.json and the sample data are.
  BOT_CMD="dotnet $DEFAULT_BOT_DLL --contentRoot $REPO_ROOT/$(dirname "$DEFAULT_BOT_DLL")"
fi
BOT_HEALTH_URL=${BOT_HEALTH_URL-http://127.0.0.1:$BOT_PORT/healthz}

# The bot runs anonymous (the Playground sends no token), as the Playground's tenant, with the staff
# Playground's current user as WIPO staff.
export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development
ensure_local_secrets "$run_dir/secrets.env"
export MicrosoftAppId="" MicrosoftAppPassword="" MicrosoftAppTenantId=""
export Collab__Staff__0=$STAFF_AAD_ID
# The staff Playground's team holds its other users, staff too: it can be the staff channel for questions.
export Collab__Staff__1=00000000-0000-0000-0000-0000000000030
export Collab__Staff__2=00000000-0000-0000-0000-0000000000031
export Collab__Staff__3=00000000-0000-0000-0000-0000000000032
export Collab__Staff__4=00000000-0000-0000-0000-0000000000033
export Collab__Staff__5=00000000-0000-0000-0000-0000000000034
export Questions__OnDuty__0=$STAFF_AAD_ID
export Collab__AllowedTenants__0=$TENANT_ID
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# BOT_CMD is a command line on purpose (e.g. "node /tmp/fakebot.mjs"); the port is added as --urls.
start_service bot bash -c "exec $BOT_CMD \"\$@\"" bot --urls "http://127.0.0.1:$BOT_PORT"
if [[ -n $BOT_HEALTH_URL ]]; then
  wait_http "$BOT_HEALTH_URL" 60 '^200$'
else
  wait_http "http://127.0.0.1:$BOT_PORT/" 60
fi
log "bot ready on port $BOT_PORT"

BOT_ENDPOINT="http://127.0.0.1:$BOT_PORT/api/messages"
start_playground "${E2E_PLAYGROUND_PORT:-$(free_port)}" "$BOT_ENDPOINT" "$REPO_ROOT/e2e" playground
staff_url=$PLAYGROUND_URL
if [[ ${E2E_MEMBER_PLAYGROUND:-1} == 1 ]]; then
  start_playground "$(free_port)" "$BOT_ENDPOINT" "$REPO_ROOT/e2e/member" playground-member
  export PLAYGROUND_MEMBER_URL=$PLAYGROUND_URL
fi
export PLAYGROUND_URL=$staff_url

if (($# == 0)); then
  set -- e2e/
fi
tap="$LOG_DIR/e2e.tap"
log "running e2e tests: $* (staff $PLAYGROUND_URL${PLAYGROUND_MEMBER_URL:+, member $PLAYGROUND_MEMBER_URL})"
# The runner gets a group of its own too (so an interrupt stops it), and a private TMPDIR where the
# browsers' profiles go.
status=0
TMPDIR="$run_dir/tmp" setsid timeout --kill-after=20 "${E2E_TIMEOUT:-900}" \
  node --test --test-timeout=300000 --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" \
  "$@" </dev/null &
runner=$!
_SERVICE_PIDS+=("$runner") _SERVICE_NAMES+=("e2e tests") _SERVICE_LOGS+=("$tap")
wait "$runner" || status=$?

passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$tap" | tail -n 1)
failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$tap" | tail -n 1)
((status == 124)) && log "the e2e run hit its ${E2E_TIMEOUT:-900}s timeout"
echo "e2e: ${passed:-0} passed, ${failed:-0} failed (exit $status; screenshots in ${E2E_ARTIFACTS#"$REPO_ROOT"/}, logs in ${LOG_DIR#"$REPO_ROOT"/})"
exit "$status"
