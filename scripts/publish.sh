#!/usr/bin/env bash
# Publishes POET and the poet command for a Linux host, precompiled (ReadyToRun) so they start faster than under the JIT:
#   ./scripts/publish.sh [output folder, default out/poet]
# Run the web app with: dotnet out/poet/Poet.Web.dll (or point a service manager at it); the command is out/poet/cli/poet.
# Figures: bench/results/staff-survey-load.md (web), bench/results/analysis.md (poet qmethod analyze as a whole process).
# The runtime packs it needs are restored into a lock file of its own, so the committed lock files stay as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/poet}
dotnet publish src/Poet.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -p:NuGetLockFilePath="$(mktemp -d)/packages.lock.json" -o "$out" -nologo -v q
dotnet publish src/Poet.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -p:NuGetLockFilePath="$(mktemp -d)/packages.lock.json" -o "$out/cli" -nologo -v q
echo "Published to $out: dotnet $out/Poet.Web.dll, and $out/cli/poet"
