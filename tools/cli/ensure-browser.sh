#!/bin/sh
# What the browser tests need from Debian: Chromium (no test downloads a browser of its own), pdftoppm
# to read back the printed label PDF, CJK fonts so Chinese, Japanese and Korean render as text, nginx
# (the tests serve the site with deploy/nginx.conf, as production does) and Java for the Nu Html
# Checker (vnu-jar) that validates the built pages. The cross-engine suite (e2e-engines/) adds WebKitGTK's
# WebDriver (webkit2gtk-driver, with its MiniBrowser), Firefox ESR (driven over WebDriver BiDi, so no
# geckodriver) and Xvfb with xauth, since WebKitGTK needs a display. The narration tests need ffmpeg
# (import, loudness, encoding) and espeak-ng (speech test material, caption alignment). The reports
# service's tests run on PostgreSQL as well as SQLite: Debian's postgresql gives initdb and pg_ctl (tools/postgres/temp-postgres.ts).
# Installs what is missing (needs root, as on CI and the project's machines) and says what to do otherwise.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=""
[ -x "$CHROMIUM" ] || missing="$missing chromium"
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing="$missing fonts-noto-cjk"
[ -x "${NGINX_PATH:-/usr/sbin/nginx}" ] || missing="$missing nginx"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
[ -x "${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}" ] || missing="$missing webkit2gtk-driver"
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing="$missing firefox-esr"
command -v Xvfb >/dev/null 2>&1 || missing="$missing xvfb"
command -v xauth >/dev/null 2>&1 || missing="$missing xauth"
command -v ffmpeg >/dev/null 2>&1 || missing="$missing ffmpeg"
command -v espeak-ng >/dev/null 2>&1 || missing="$missing espeak-ng"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || [ -n "${PG_BIN:-}" ] || missing="$missing postgresql"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages for the browser tests:$missing. Install them: sudo apt-get install$missing" >&2
  exit 1
fi
echo "Installing Debian packages for the browser tests:$missing"
apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
