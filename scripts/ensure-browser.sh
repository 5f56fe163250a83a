#!/bin/sh
# The browser tests use Debian's Chromium; no test downloads a browser of its own. Installs it when it
# is missing (needs root, as on CI and the project's machines) and says what to do otherwise.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $CHROMIUM. Install Debian's package: sudo apt-get install chromium" >&2
  exit 1
fi
echo "Installing Debian's chromium package for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
