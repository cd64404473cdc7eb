#!/usr/bin/env bash
# Tests need a real PostgreSQL. Use POINTAGE_TEST_DATABASE_URL, or the local server; on a Debian
# machine where it is installed but stopped (and we may), start it.
set -euo pipefail
url="${POINTAGE_TEST_DATABASE_URL:-postgresql://postgres:postgres@127.0.0.1:5432/postgres}"
if psql "$url" -Atc 'select 1' >/dev/null 2>&1; then exit 0; fi
if [ -z "${POINTAGE_TEST_DATABASE_URL:-}" ] && command -v pg_lsclusters >/dev/null && [ "$(id -u)" = 0 ]; then
  read -r version cluster _ < <(pg_lsclusters -h | head -1)
  pg_ctlcluster "$version" "$cluster" start 2>/dev/null || true
  for _ in $(seq 1 30); do
    su postgres -c "psql -Atc 'select 1'" >/dev/null 2>&1 && break
    sleep 1
  done
  su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
  psql "$url" -Atc 'select 1' >/dev/null 2>&1 && exit 0
fi
echo "PostgreSQL is not reachable at ${url//:postgres@/:***@}. Start it, or set POINTAGE_TEST_DATABASE_URL." >&2
exit 1
