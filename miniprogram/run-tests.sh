#!/usr/bin/env bash
# Mini-program tests: install the locked npm packages when needed, then run jest (miniprogram-simulate).
# Installs only when node_modules is missing or package-lock.json changed since the last install.
set -euo pipefail
cd "$(dirname "$0")"

stamp=node_modules/.cradle-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi

exec npx --no-install jest --ci "$@"
