#!/bin/sh
# Makes sure Debian's Chromium is installed for the browser tests (dashboards/web-e2e), which drive
# it with playwright-core; no browser is downloaded. Installs it with apt-get when absent (as
# root, or through passwordless sudo); otherwise says how to install it and fails.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
echo "browser tests: $CHROMIUM is missing; installing Debian's chromium package (apt-get)" >&2
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "browser tests: cannot install chromium without root; run: sudo apt-get install -y chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends chromium >&2
[ -x "$CHROMIUM" ] || { echo "browser tests: chromium installed but $CHROMIUM is not there" >&2; exit 1; }
