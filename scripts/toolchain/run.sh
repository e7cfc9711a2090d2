#!/bin/sh
# Runs a repository task on the pinned toolchain (Node.js 22 + pnpm from scripts/toolchain),
# installing the toolchain with the machine's npm and the workspace with pnpm when needed.
# Usage: sh scripts/toolchain/run.sh <start|test|exec CMD...>
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TC="$ROOT/scripts/toolchain"
want_node="v$(sed -n 's/.*"node": "\([0-9.]*\)".*/\1/p' "$TC/package.json")"
have_node=$("$TC/node_modules/.bin/node" -v 2>/dev/null || true)
if [ "$have_node" != "$want_node" ] || [ ! -x "$TC/node_modules/.bin/pnpm" ]; then
  echo "toolchain: installing Node.js $want_node and pnpm into scripts/toolchain (npm ci)" >&2
  npm ci --prefix "$TC" --no-audit --no-fund --loglevel=error >&2
fi
export PATH="$TC/node_modules/.bin:$ROOT/node_modules/.bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
cd "$ROOT"
pnpm install --frozen-lockfile --reporter=append-only >&2 | tail -n 3 >&2 || pnpm install --frozen-lockfile

task="${1:-}"
[ $# -gt 0 ] && shift
case "$task" in
  start)
    turbo run build --output-logs=errors-only
    exec pnpm --silent --filter @unstoppable/local-stack start "$@"
    ;;
  test)
    sh "$TC/ensure-chromium.sh"
    exec turbo run lint typecheck build test "$@"
    ;;
  exec)
    exec "$@"
    ;;
  *)
    echo "usage: sh scripts/toolchain/run.sh <start|test|exec CMD...>" >&2
    exit 2
    ;;
esac
