#!/usr/bin/env bash
# Runs every test of CollabBot and ends with one line "N passed, N failed":
#   1. .NET: unit, card checks (the adaptivecards library) and integration (the real host on Azurite)
#   2. Node: the card checker's and the Teams app package's own tests (the manifest is validated and zipped)
#   3. End to end: the bot in the Microsoft 365 Agents Playground, driven in headless Chromium
# It installs what it needs (npm packages; Debian's chromium when missing), starts Azurite and stops
# everything it started. Artefacts (screenshots, logs, test results, cards) land in artifacts/.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh
stop_all_on_exit

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
ensure_node_modules
ensure_chromium
rm -rf artifacts/test-results
mkdir -p artifacts/test-results artifacts/logs

passed=0 failed=0 broken=0
# tally STATUS PASSED FAILED: adds a phase's counts; a phase that failed without counting a failure
# (it crashed, timed out, or could not start) counts as one failure.
tally() {
  local status=$1 p=${2:-0} f=${3:-0}
  [[ $p =~ ^[0-9]+$ ]] || p=0
  [[ $f =~ ^[0-9]+$ ]] || f=0
  if [[ $status != 0 ]]; then
    broken=1
    ((f > 0)) || f=1
  fi
  passed=$((passed + p)) failed=$((failed + f))
}

log "building (Release)"
dotnet build CollabBot.sln -c Release -nodeReuse:false -warnaserror -v quiet -clp:ErrorsOnly
format_status=0
dotnet format CollabBot.sln --verify-no-changes --no-restore -v quiet || format_status=$?
((format_status == 0)) || log "dotnet format found files to format: run 'dotnet format'"
tally "$format_status" 0 0

run_dir=$(make_temp_dir test)
register_cleanup_dir "$run_dir"
AZURITE_SILENT=1 start_azurite "$run_dir/azurite"

log ".NET tests"
dotnet_status=0
timeout 1800 dotnet test CollabBot.sln -c Release --no-build --nologo \
  --logger "trx;LogFileName=dotnet.trx" --logger "console;verbosity=minimal" \
  --results-directory artifacts/test-results || dotnet_status=$?
trx=artifacts/test-results/dotnet.trx
tally "$dotnet_status" "$(grep -o 'passed="[0-9]*"' "$trx" 2>/dev/null | head -1 | grep -o '[0-9]*')" \
  "$(grep -o 'failed="[0-9]*"' "$trx" 2>/dev/null | head -1 | grep -o '[0-9]*')"
stop_services

log "Node tests (card checker, Teams app package)"
node_tap=artifacts/test-results/node.tap
node_status=0
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$node_tap" tools/ manifest/ || node_status=$?
tally "$node_status" "$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$node_tap" | tail -1)" \
  "$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$node_tap" | tail -1)"

log "end-to-end tests (Agents Playground)"
e2e_output=artifacts/test-results/e2e.txt
e2e_status=0
set +e -o pipefail
scripts/e2e.sh 2>&1 | tee "$e2e_output"
e2e_status=$?
set -e
e2e_line=$(grep -E '^e2e: [0-9]+ passed, [0-9]+ failed' "$e2e_output" | tail -1 || true)
tally "$e2e_status" "$(sed -E 's/^e2e: ([0-9]+) passed.*/\1/' <<<"$e2e_line")" \
  "$(sed -E 's/^e2e: [0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$e2e_line")"

echo "$passed passed, $failed failed"
((failed == 0 && broken == 0))
