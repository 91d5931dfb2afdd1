#!/usr/bin/env bash
# Runs the benchmarks (bench/README.md): starts its own Azurite, builds in Release, prints each benchmark's
# figures and ratios against its floor, and a JSON object with all figures as the last line.
#   ./bench.sh [turns] [recognition] [delivery]        (default: all; BENCH_QUICK=1 for a smoke run)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh
stop_all_on_exit

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
ensure_node_modules
run_dir=$(make_temp_dir bench)
register_cleanup_dir "$run_dir"
AZURITE_SILENT=1 start_azurite "$run_dir/azurite"
dotnet build bench -c Release -nodeReuse:false -v quiet -clp:ErrorsOnly
dotnet bench/bin/Release/net10.0/CollabBot.Bench.dll "$@"
