#!/usr/bin/env bash
# Adds a migration for both providers: ./scripts/add-migration.sh Name
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Poet.Data --startup-project src/Poet.Data --context SqlitePoetDb --output-dir Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Poet.Data --startup-project src/Poet.Data --context PostgresPoetDb --output-dir Migrations/Postgres
