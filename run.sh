#!/usr/bin/env bash
# Runs CollabBot locally with everything it needs: Azurite (data kept in .data/azurite between runs), the bot
# on http://localhost:3978/api/messages, and the Microsoft 365 Agents Playground against it. Ctrl-C stops all.
#
#   ./run.sh                 you are WIPO staff in the Playground (Alex Wilber, a configured staff id)
#   ./run.sh --member        you are a plain user-group member (Megan Bowen)
# Environment: PLAYGROUND_PORT (default 56150), BOT_PORT (default 3978).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh
stop_all_on_exit

context=e2e
if [[ ${1:-} == --member ]]; then
  context=e2e/member
fi
BOT_PORT=${BOT_PORT:-3978}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
ensure_node_modules

start_azurite "$PWD/.data/azurite" 10000 10001 10002

log "building the bot"
dotnet build Bot -c Release -nodeReuse:false -v quiet -clp:ErrorsOnly

# Development: anonymous (no app id) for local use; the Playground's tenant is allowed and its staff user is
# staff. The secrets are made on the first run and kept in .data/secrets.env (never committed).
export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development
ensure_local_secrets "$PWD/.data/secrets.env"
export MicrosoftAppId="" MicrosoftAppPassword="" MicrosoftAppTenantId=""
export Collab__Staff__0=00000000-0000-0000-0000-0000000000020
# The staff Playground's team holds its other users, staff too: it can be the staff channel for questions.
export Collab__Staff__1=00000000-0000-0000-0000-0000000000030
export Collab__Staff__2=00000000-0000-0000-0000-0000000000031
export Collab__Staff__3=00000000-0000-0000-0000-0000000000032
export Collab__Staff__4=00000000-0000-0000-0000-0000000000033
export Collab__Staff__5=00000000-0000-0000-0000-0000000000034
export Questions__OnDuty__0=00000000-0000-0000-0000-0000000000020
export Collab__AllowedTenants__0=00000000-0000-0000-0000-0000000000001
start_service bot dotnet Bot/bin/Release/net10.0/CollabBot.Bot.dll --contentRoot "$PWD/Bot/bin/Release/net10.0" \
  --urls "http://localhost:$BOT_PORT"
wait_http "http://localhost:$BOT_PORT/healthz" 60 '^200$'

start_playground "${PLAYGROUND_PORT:-56150}" "http://localhost:$BOT_PORT/api/messages" "$context"

cat <<MSG

  CollabBot is running.
    Agents Playground:  $PLAYGROUND_URL   (open it in a browser; you are $([[ $context == e2e ]] && echo "WIPO staff" || echo "a user-group member"))
    Bot endpoint:       http://localhost:$BOT_PORT/api/messages   (Bot Framework Emulator: no app id or password)
    Logs:               artifacts/logs/
  Press Ctrl-C to stop everything.

MSG
while true; do
  check_services
  sleep 2
done
