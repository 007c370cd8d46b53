#!/usr/bin/env bash
# Installs what the browser tests need, from Debian's packages and the npm registry:
# headless Chromium, pdfinfo (poppler-utils), Java for the Nu HTML checker, axe-core.
# Idempotent: does nothing that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
command -v java >/dev/null || need+=(default-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# npm packages (vnu-jar, axe-core) go to .ci/cache/node_modules, pinned in .ci/package.json.
if [ -f .ci/package.json ] && [ ! -d .ci/cache/node_modules ]; then
  mkdir -p .ci/cache
  cp .ci/package.json .ci/cache/
  [ -f .ci/package-lock.json ] && cp .ci/package-lock.json .ci/cache/
  (cd .ci/cache && npm install --no-audit --no-fund --silent >/dev/null)
fi
