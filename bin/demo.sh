#!/usr/bin/env bash
# The README's first command: sets up, then imports the shipped sample statement through the
# connection workflow and prints what it did. Run it twice: the second run finds 0 new.
set -euo pipefail
cd "$(dirname "$0")/.."
bash bin/setup.sh
export POINTAGE_FREELANCER="${POINTAGE_FREELANCER:-demo}"
export LOG_LEVEL="${LOG_LEVEL:-warn}"
node bin/pointage.js setup --name "Inès Garnier" --own-name "INES GARNIER" >/dev/null
node bin/pointage.js import samples/compte-pro-societe-generale_2026-09_2026-11.csv
echo
node bin/pointage.js books --month 2026-10
