#!/usr/bin/env bash
# The real PDFs of ../shared/corpus/real read three ways, as people hand them to vitae:
# the PDF itself, the text `pdftotext -layout` copies out of it, and the text plain
# `pdftotext` copies out (reading order, as a PDF viewer's copy gives it). Each route is
# scored against the same gold with the corpus' scorer; the gap between the PDF route
# and the text routes is what pasted text still loses.
#   bash benches/pdf-text-routes.sh target/release/vitae      (VERBOSE=1: per section too)
set -euo pipefail
bin=$(realpath "${1:?usage: pdf-text-routes.sh PATH/TO/vitae}")
real=$(cd "$(dirname "$0")/../../shared/corpus/real" && pwd)
command -v pdftotext >/dev/null || { echo "pdftotext is needed (Debian: poppler-utils)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work"/{gold,layout,plain,out-pdf,out-layout,out-plain}
for pdf in "$real"/raw/*.pdf; do
  name=$(basename "$pdf" .pdf)
  [ -f "$real/gold/$name.json" ] || continue
  cp "$real/gold/$name.json" "$work/gold/"
  pdftotext -layout "$pdf" "$work/layout/$name.txt" 2>/dev/null
  pdftotext "$pdf" "$work/plain/$name.txt" 2>/dev/null
  "$bin" parse "$pdf" --format json >"$work/out-pdf/$name.json" 2>/dev/null || echo '{}' >"$work/out-pdf/$name.json"
  for route in layout plain; do
    "$bin" parse "$work/$route/$name.txt" --format json >"$work/out-$route/$name.json" 2>/dev/null ||
      echo '{}' >"$work/out-$route/$name.json"
  done
done
for route in pdf layout plain; do
  report=$(python3 "$real/../score.py" --dir "$work/gold" --pred-dir "$work/out-$route")
  if [ -n "${VERBOSE:-}" ]; then echo "== $route"; echo "$report"; fi
  echo "$route: $(grep '^overall F1:' <<<"$report")"
done
