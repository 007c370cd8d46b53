#!/usr/bin/env bash
# vitae against Hugo, side by side on one machine: the same N fictional text résumés
# as a vitae site and as a Hugo site of Markdown pages with a trivial layout, timed
# with hyperfine (medians) for a first build (empty output, no cache), a rebuild with
# nothing changed and a rebuild with one résumé changed, plus the peak memory of a
# first build (/usr/bin/time -v). Prints a Markdown table.
#
#   benches/compare.sh                 # 1, 1,000 and 10,000 people
#   SIZES="1 1000" benches/compare.sh  # fewer sizes
#
# Needs a release build of vitae (cargo build --release; VITAE=path to use another),
# hugo and hyperfine (installed from Debian with apt-get when missing, if allowed).
# Sites are made under $WORK (default: a temporary folder, removed at the end).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
VITAE=${VITAE:-$here/target/release/vitae}
SIZES=${SIZES:-"1 1000 10000"}
KEEP=${KEEP:-}
WORK=${WORK:-$(mktemp -d -t vitae-compare.XXXXXX)}
[ -n "$KEEP" ] || trap 'rm -rf "$WORK"' EXIT

need() {
    command -v "$1" >/dev/null && return
    echo "installing $1 (apt-get)…" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y "$1" >&2; else sudo apt-get install -y "$1" >&2; fi
}
need hugo
need hyperfine
[ -x /usr/bin/time ] || need time
[ -x "$VITAE" ] || { echo "no vitae at $VITAE: run cargo build --release first" >&2; exit 1; }

# Writes N fictional résumés: content/pK/resume.md for vitae, content/pK.md for Hugo.
make_sites() {
    local n=$1 v=$2 h=$3
    mkdir -p "$v/content" "$h/content" "$h/layouts/_default"
    printf 'title: Compare %s\nbase_url: https://example.test/\n' "$n" >"$v/site.yaml"
    printf 'baseURL = "https://example.test/"\ntitle = "Compare %s"\ndisableKinds = ["taxonomy", "term", "RSS"]\n' \
        "$n" >"$h/hugo.toml"
    cat >"$h/layouts/_default/single.html" <<'EOF'
<!doctype html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>
EOF
    cat >"$h/layouts/_default/list.html" <<'EOF'
<!doctype html><html><head><title>{{ .Site.Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
EOF
    awk -v n="$n" -v v="$v/content" -v h="$h/content" 'BEGIN {
        split("Ada Bo Cleo Dara Eli Fen Gus Hana Ivo Jun Kai Lea Milo Nia Oto Pia", first, " ")
        split("Fixture Sample Example Placeholder Testcase Mockley Dummer Specimen", last, " ")
        split("Acme Widgets|Blue Yonder|Northwind|Globex|Initech|Umbrella Labs|Hooli|Vandelay", firm, "|")
        split("Engineer|Analyst|Designer|Manager|Researcher|Consultant|Developer|Architect", role, "|")
        split("Rust|Go|SQL|Python|Kubernetes|Figma|Statistics|Terraform|Excel|Spanish", skill, "|")
        for (i = 0; i < n; i++) {
            name = first[i % 16 + 1] " " sprintf("%c", 65 + int(i / 128) % 26) ". " last[int(i / 16) % 8 + 1]
            y = 2000 + i % 12
            body = "# " name "\n\n" "person" i "@example.test · +1 555 01" sprintf("%02d", i % 100) "\n\n" \
                "## Summary\n\n" role[i % 8 + 1] " with " (5 + i % 15) " years of work in teams large and small.\n\n" \
                "## Experience\n\n" \
                "### " firm[i % 8 + 1] " — Senior " role[i % 8 + 1] "\n" (y + 6) " – Present\n\n" \
                "- Led a team of " (3 + i % 9) " on the main product.\n- Cut costs by " (10 + i % 40) "%.\n\n" \
                "### " firm[(i + 3) % 8 + 1] " — " role[(i + 1) % 8 + 1] "\n" y " – " (y + 6) "\n\n" \
                "- Built internal tools.\n- Wrote the onboarding guide.\n\n" \
                "## Education\n\n" "### State University — BSc " role[(i + 2) % 8 + 1] " Studies\n" (y - 4) " – " y "\n\n" \
                "## Skills\n\n- " skill[i % 10 + 1] ", " skill[(i + 3) % 10 + 1] ", " skill[(i + 7) % 10 + 1] "\n"
            dir = v "/p" i
            system("mkdir -p " dir)
            f = dir "/resume.md"; printf "%s", body > f; close(f)
            f = h "/p" i ".md"; printf "---\ntitle: \"%s\"\n---\n\n%s", name, body > f; close(f)
        }
    }'
}

# The median of a hyperfine JSON export, in seconds.
median() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"; }

# Peak resident memory of a command, in MiB.
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident/ { printf "%.0f", $6 / 1024 }'; }

ms() { python3 -c 'import sys; s=float(sys.argv[1]); print(f"{s*1000:.0f} ms" if s < 1 else f"{s:.2f} s")' "$1"; }
ratio() { python3 -c 'import sys; print(f"{float(sys.argv[1])/float(sys.argv[2]):.2f}")' "$1" "$2"; }

runs_for() { if [ "$1" -ge 10000 ]; then echo 3; elif [ "$1" -ge 1000 ]; then echo 5; else echo 20; fi; }

rows=()
for n in $SIZES; do
    v="$WORK/vitae-$n" h="$WORK/hugo-$n"
    echo "making sites of $n…" >&2
    rm -rf "$v" "$h"
    make_sites "$n" "$v" "$h"
    runs=$(runs_for "$n")
    hf=(hyperfine --style basic --runs "$runs" --warmup 1)
    vb="$VITAE --root $v build"
    hb="hugo --quiet -s $h -d $h/public"

    "${hf[@]}" --export-json "$WORK/v-first.json" --prepare "rm -rf $v/public $v/.vitae-cache" "$vb" >&2
    "${hf[@]}" --export-json "$WORK/h-first.json" --prepare "rm -rf $h/public $h/resources" "$hb" >&2
    $vb 2>/dev/null; $hb
    "${hf[@]}" --export-json "$WORK/v-same.json" "$vb" >&2
    "${hf[@]}" --export-json "$WORK/h-same.json" "$hb" >&2
    # One résumé changed before each run: a new line at its end.
    "${hf[@]}" --export-json "$WORK/v-one.json" \
        --prepare "echo '- Note \$(date +%N)' >> $v/content/p0/resume.md" "$vb" >&2
    "${hf[@]}" --export-json "$WORK/h-one.json" \
        --prepare "echo '- Note \$(date +%N)' >> $h/content/p0.md" "$hb" >&2
    rm -rf "$v/public" "$v/.vitae-cache" "$h/public" "$h/resources"
    vm=$(peak $vb) hm=$(peak $hb)

    label=$([ "$n" = 1 ] && echo "1 person" || echo "$(echo "$n" | sed -E ':a;s/([0-9])([0-9]{3})($|,)/\1,\2\3/;ta') people")
    for kind in first same one; do
        vs=$(median "$WORK/v-$kind.json") hs=$(median "$WORK/h-$kind.json")
        case $kind in
            first) work="$label, first build (empty output, no cache)"; mem="$vm / $hm MiB" ;;
            same) work="$label, rebuild, nothing changed"; mem="" ;;
            one) work="$label, rebuild, one résumé changed"; mem="" ;;
        esac
        rows+=("| $work | $(ms "$vs") | $(ms "$hs") | $(ratio "$vs" "$hs") | $mem |")
    done
done

echo
echo "vitae $("$VITAE" --version | cut -d' ' -f2) against $(hugo version | cut -d' ' -f1-2), medians of hyperfine runs"
echo
echo "| work | vitae | Hugo | vitae / Hugo | peak memory vitae / Hugo |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
