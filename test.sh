#!/usr/bin/env bash
# Runs every POET test: analysis unit tests, web integration tests on SQLite and on PostgreSQL, and browser tests.
# Installs what is missing (chromium, chromium-driver, postgresql, poppler-utils) and starts a throwaway PostgreSQL on loopback.
# Ends with a plain "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
work="$root/.tmp/test"
results="$work/results"
rm -rf "$results"; mkdir -p "$results"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v pdftotext >/dev/null || missing+=(poppler-utils) # PDF tests read pages back as a reader would (Documents/Pdf.cs)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  # chromium and chromium-driver must come from the same update, so install them together.
  case " ${missing[*]} " in *chromium*) missing+=(chromium chromium-driver);; esac
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(printf '%s\n' "${missing[@]}" | sort -u) >/dev/null \
    || { echo "Could not install ${missing[*]}"; exit 1; }
fi

# A throwaway PostgreSQL cluster on 127.0.0.1, trusted for local connections only, deleted afterwards.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
# Outside the checkout: the postgres user may not be allowed into the folder the clone lives in.
pgdir=$(mktemp -d /tmp/poet-test-pg.XXXXXX); pgport=${POET_TEST_PG_PORT:-55432}
pg_as() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "cd / && $*"; else sh -c "$*"; fi; }
stop_pg() { [ -d "$pgdir/data" ] && pg_as "$pgbin/pg_ctl -D '$pgdir/data' -m immediate stop" >/dev/null 2>&1; rm -rf "$pgdir"; }
# A cluster left running by an interrupted earlier run would hold the port.
for old in /tmp/poet-test-pg.*/data; do [ -f "$old/postmaster.pid" ] && pg_as "$pgbin/pg_ctl -D '$old' -m immediate stop" >/dev/null 2>&1; done
trap stop_pg EXIT
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
pg_as "$pgbin/initdb -D '$pgdir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$pgdir/initdb.log" 2>&1 \
  || { cat "$pgdir/initdb.log" 2>/dev/null; echo "0 passed, 1 failed"; exit 1; }
pg_as "$pgbin/pg_ctl -D '$pgdir/data' -o \"-p $pgport -k '$pgdir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" -l '$pgdir/log' -w start" >/dev/null \
  || { cat "$pgdir/log"; echo "0 passed, 1 failed"; exit 1; }
export POET_TEST_PG="Host=127.0.0.1;Port=$pgport;Username=postgres;Pooling=true;Maximum Pool Size=20"
# Each test app watches its content folder; inotify instances are few per user (128 here), so poll instead.
export DOTNET_USE_POLLING_FILE_WATCHER=1

# Locked restore: the packages are exactly those in the committed packages.lock.json files.
dotnet restore Poet.sln --locked-mode -v q >"$work/restore.log" 2>&1 \
  || { cat "$work/restore.log"; echo "Restore failed in locked mode: if a package changed, run 'dotnet restore Poet.sln' and commit the packages.lock.json files."; echo "0 passed, 1 failed"; exit 1; }
dotnet build Poet.sln -c Release -nologo -v q -clp:ErrorsOnly --no-restore || { echo "0 passed, 1 failed"; exit 1; }

status=0
echo "== vulnerable packages"
scripts/check-vulnerable.sh || status=1
echo "== formatting (.editorconfig)"
dotnet format whitespace Poet.sln --verify-no-changes -v q \
  || { echo "The layout of the files above differs from .editorconfig: run 'dotnet format whitespace Poet.sln'."; status=1; }
run() { # name project [env...]
  local name=$1 project=$2; shift 2
  echo "== $name"
  env "$@" dotnet test "$project" -c Release --no-build --nologo -v q \
    --logger "trx;LogFileName=$results/$name.trx" --logger "console;verbosity=minimal" || status=1
}
run analysis tests/Poet.Analysis.Tests
run web-sqlite tests/Poet.Web.Tests POET_TEST_DB=sqlite
run web-postgres tests/Poet.Web.Tests POET_TEST_DB=postgres
run browser tests/Poet.Browser.Tests POET_TEST_DB=sqlite

passed=0; failed=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  p=$(grep -o '<Counters [^>]*' "$f" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*'); passed=$((passed + ${p:-0}))
  fl=$(grep -o '<Counters [^>]*' "$f" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*'); failed=$((failed + ${fl:-0}))
  e=$(grep -o '<Counters [^>]*' "$f" | grep -o ' error="[0-9]*"' | grep -o '[0-9]*'); failed=$((failed + ${e:-0}))
done
[ "$status" != 0 ] && [ "$failed" = 0 ] && failed=1
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
