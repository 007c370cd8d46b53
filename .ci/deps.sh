#!/usr/bin/env bash
# Installs what the browser tests need on a Debian machine, from Debian's packages and
# the npm registry: headless Chromium (with a fallback font), poppler-utils (pdfinfo,
# pdftotext, pdftoppm), Java for the Nu HTML checker, npm, optipng (README gallery),
# and the npm packages pinned in .ci/package-lock.json (vnu-jar, axe-core, the JSON
# Resume schema with ajv) into .ci/cache/node_modules. Idempotent: installs only what
# is missing or out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
have() { command -v "$1" >/dev/null 2>&1; }
have chromium || need+=(chromium)
have pdfinfo && have pdftotext && have pdftoppm || need+=(poppler-utils)
have java || need+=(default-jre-headless)
have npm || need+=(npm)
have optipng || need+=(optipng)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "deps: installing ${need[*]}"
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# npm packages: reinstalled when the lock file changed or a file the tests use is gone.
# --ignore-scripts: vnu-jar's install script would fetch a Java runtime; Debian's is used.
cache=.ci/cache
if ! cmp -s .ci/package-lock.json "$cache/package-lock.json" \
  || [ ! -f "$cache/node_modules/vnu-jar/build/dist/vnu.jar" ] \
  || [ ! -f "$cache/node_modules/axe-core/axe.min.js" ] \
  || [ ! -f "$cache/node_modules/@jsonresume/schema/schema.json" ] \
  || [ ! -f "$cache/node_modules/ajv-formats/package.json" ]; then
  echo "deps: installing npm packages from .ci/package-lock.json"
  mkdir -p "$cache"
  cp .ci/package.json .ci/package-lock.json "$cache/"
  (cd "$cache" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
