#!/usr/bin/env bash
# A newcomer's first hour, replayed on a fresh clone: clone the repository, build the
# example site with the README's command, open its pages from disk (every link names
# a file that is there), start a site with `vitae init`, preview it with `vitae serve`
# and fetch a page, print one person with `vitae show`, and validate with `vitae check`.
# Every step's output is checked; the first failure stops the script with its reason.
#
# Usage: VITAE=path/to/vitae bash tests/walkthrough.sh [REPO]
#   VITAE  the vitae binary to use instead of compiling in the clone (tests/walkthrough.rs
#          passes cargo's debug build), which keeps the walkthrough to seconds
#   REPO   the repository to clone (default: the one this script is in); what is
#          committed there is what a newcomer gets
#
# Needs git, curl and python3 (for reading JSON).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
repo=${1:-$here}
vitae=${VITAE:?set VITAE to the vitae binary}
vitae=$(cd "$(dirname "$vitae")" && pwd)/$(basename "$vitae")

work=$(mktemp -d)
server_pid=
cleanup() {
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAILED: $*" >&2
  exit 1
}
step() { echo "== $*"; }
ok() { echo "ok: $*"; }

# expect TEXT FILE: FILE holds TEXT.
expect() {
  grep -qF -- "$1" "$2" || {
    echo "--- $2 (last lines):" >&2
    tail -n 20 "$2" >&2
    fail "expected \"$1\" in $2"
  }
}

step "clone"
git clone -q "$repo" "$work/vitae" || fail "git clone $repo"
cd "$work/vitae"
[[ -f README.md && -f site.yaml && -d content ]] || fail "the clone has no README.md, site.yaml or content/"
ok "cloned $(git rev-parse --short HEAD)"

step "the README's first command: build the example site"
readme_build='cargo run --release -- build'
expect "$readme_build" README.md
# The same command with the binary already built: `cargo run --release --` is vitae.
"$vitae" build 2>"$work/build.log" || { cat "$work/build.log" >&2; fail "vitae build"; }
expect "built 3 people in" "$work/build.log"
people=$(find content -mindepth 1 -maxdepth 1 -type d ! -name '.*' ! -name '_*' | wc -l)
[[ $people -eq 3 ]] || fail "the example site has $people people, not 3"
for dir in content/*/; do
  slug=$(basename "$dir")
  [[ -f public/$slug/index.html && -f public/$slug/resume.json ]] ||
    fail "public/$slug/ has no index.html or resume.json"
done
ok "$(cat "$work/build.log")"

step "the README's second command is on record"
expect 'bash .ci/deps.sh && cargo test --no-fail-fast' README.md
# Not run here: this script runs inside that command (tests/walkthrough.rs), and
# .ci/run runs it on a fresh clone.
ok "bash .ci/deps.sh && cargo test --no-fail-fast (run by .ci/run, not replayed here)"

step "open public/index.html from disk: every link names a file that is there"
# A browser opening files shows a folder's listing, not its index.html, so a link
# must name the file. (tests/browser_links.rs clicks them in Chromium.)
checked=0
for page in public/index.html public/*/index.html; do
  dir=$(dirname "$page")
  while IFS= read -r href; do
    case $href in
      http://* | https://* | mailto:* | tel:* | '#'* | '') continue ;;
    esac
    target=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1].split("#")[0]))' "$href")
    [[ -f $dir/$target ]] || fail "$page links to $href, which is no file ($dir/$target)"
    checked=$((checked + 1))
  done < <(grep -o 'href="[^"]*"' "$page" | sed 's/^href="//; s/"$//')
done
[[ $checked -gt 0 ]] || fail "no relative links found"
ok "$checked relative links lead to files"

step "install (cargo install --locked --path .): the binary built above stands in for it"
expect 'cargo install --locked --path .' README.md
ok "README says --locked"

step "vitae init my-cv && cd my-cv"
"$vitae" init my-cv 2>"$work/init.log" || { cat "$work/init.log" >&2; fail "vitae init"; }
expect "created a new site in my-cv" "$work/init.log"
cd my-cv
[[ -f site.yaml ]] || fail "init wrote no site.yaml"
slug=$(basename "$(find content -mindepth 1 -maxdepth 1 -type d | head -n1)")
[[ -n $slug ]] || fail "init wrote no person under content/"
ok "$(cat "$work/init.log") (person: $slug)"

step "vitae serve, then fetch the page"
# --port 0 (any free port) instead of the README's 1111, so the walkthrough never
# meets a port in use; the address is read from what serve prints.
# Its preview folder goes in a temp folder of its own, to see it removed on exit.
mkdir "$work/serve-tmp"
# The log exists before serve starts: the background shell opens it when it gets to it.
: >"$work/serve.log"
TMPDIR="$work/serve-tmp" "$vitae" serve --port 0 2>"$work/serve.log" &
server_pid=$!
url=
for _ in $(seq 1 300); do
  url=$(sed -n 's/^serving \(http[^ ]*\).*/\1/p' "$work/serve.log" | head -n1)
  [[ -n $url ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; fail "vitae serve exited"; }
  sleep 0.1
done
[[ -n $url ]] || { cat "$work/serve.log" >&2; fail "vitae serve printed no address within 30 s"; }
curl -sS -o "$work/page.html" -w '%{http_code}' "$url" >"$work/status" || fail "curl $url"
[[ $(cat "$work/status") == 200 ]] || fail "GET $url: status $(cat "$work/status")"
name=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["basics"]["name"])' \
  <("$vitae" show "$slug"))
expect "<h1" "$work/page.html"
expect "$name" "$work/page.html"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=
[[ -z $(ls -A "$work/serve-tmp") ]] || fail "vitae serve left $(ls "$work/serve-tmp") in its temp folder"
ok "GET $url: 200, the page of $name; stopped, preview folder removed"

step "vitae show $slug"
"$vitae" show "$slug" >"$work/show.json" 2>"$work/show.log" || { cat "$work/show.log" >&2; fail "vitae show"; }
python3 - "$work/show.json" <<'PY' || fail "vitae show did not print a JSON Resume with a name"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["basics"]["name"], "no basics.name"
PY
"$vitae" show "$slug" --format yaml >"$work/show.yaml" || fail "vitae show --format yaml"
expect "name: $name" "$work/show.yaml"
if "$vitae" show no-such-person 2>"$work/noone.log"; then fail "show of an unknown person succeeded"; fi
expect "$slug" "$work/noone.log"
ok "JSON and YAML, and an unknown person lists $slug"

step "vitae check"
"$vitae" check 2>"$work/check.log" || { cat "$work/check.log" >&2; fail "vitae check"; }
expect "site is valid" "$work/check.log"
ok "$(tail -n1 "$work/check.log")"

step "vitae build --pdf (back in the example site)"
cd "$work/vitae"
"$vitae" build --pdf 2>"$work/pdf.log" || { cat "$work/pdf.log" >&2; fail "vitae build --pdf"; }
for dir in content/*/; do
  slug=$(basename "$dir")
  pdf=public/$slug/$slug.pdf
  [[ -f $pdf ]] || fail "no $pdf"
  pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  [[ -n $pages && $pages -ge 1 && $pages -le 2 ]] || fail "$pdf has ${pages:-no} pages"
  name=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["basics"]["name"])' "public/$slug/resume.json")
  pdftotext "$pdf" - | grep -qF "$name" || fail "$pdf does not hold the name $name"
  grep -qF "$slug.pdf" "public/$slug/index.html" || fail "public/$slug/index.html does not link $slug.pdf"
done
ok "$(grep -c '^pdf:' "$work/pdf.log") PDFs printed, each 1–2 pages with the person's name, each linked"

echo "walkthrough passed"
