#!/usr/bin/env bash
# Build the HQ web console into console/dist when its sources or lock file changed since the last build
# (stamp file dist/.cradle-build.sha256); installs the locked npm packages when package-lock.json changed.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v npm >/dev/null; then
  echo "console: npm not found; install Node.js 18+ to build the web console (/console/ answers 503 until then)" >&2
  exit 1
fi

lock_stamp=node_modules/.cradle-lock.sha256
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ ! -f "$lock_stamp" ] || [ "$(cat "$lock_stamp")" != "$lock" ]; then
  npm ci --no-audit --no-fund
  echo "$lock" > "$lock_stamp"
fi

build_stamp=dist/.cradle-build.sha256
want=$(find src index.html vite.config.js package-lock.json -type f -print0 | sort -z | xargs -0 sha256sum \
  | sha256sum | cut -d' ' -f1)
if [ -f dist/index.html ] && [ -f "$build_stamp" ] && [ "$(cat "$build_stamp")" = "$want" ]; then
  exit 0
fi
npx --no-install vite build --logLevel warn
echo "$want" > "$build_stamp"
