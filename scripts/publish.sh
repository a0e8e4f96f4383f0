#!/usr/bin/env bash
# Publishes POET for a Linux host, precompiled (ReadyToRun) so it starts in well under the JIT's time:
#   ./scripts/publish.sh [output folder, default out/poet]
# Run it with: dotnet out/poet/Poet.Web.dll (or point a service manager at it). Figures: bench/results/staff-survey-load.md.
# The runtime packs it needs are restored into a lock file of its own, so the committed lock files stay as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/poet}
dotnet publish src/Poet.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -p:NuGetLockFilePath="$(mktemp -d)/packages.lock.json" -o "$out" -nologo -v q
echo "Published to $out: dotnet $out/Poet.Web.dll"
