#!/usr/bin/env bash
# vitae against Hugo, side by side on one machine: the same N fictional text résumés
# as a vitae site and as a Hugo site of Markdown pages with a trivial layout, timed
# with hyperfine (medians) for a first build (empty output, no cache), a rebuild with
# nothing changed and a rebuild with one résumé changed, plus the peak memory of a
# first build (/usr/bin/time -v). Prints a Markdown table.
#
#   benches/compare.sh                 # 1, 1,000 and 10,000 people
#   SIZES="1 1000" benches/compare.sh  # fewer sizes
#   ROUNDS=3 benches/compare.sh        # each row measured 3 times: the ratio's spread
#
# Needs a release build of vitae (cargo build --release; VITAE=path to use another),
# hugo and hyperfine (installed from Debian with apt-get when missing, if allowed).
# Sites are made under $WORK (default: a temporary folder, removed at the end).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
VITAE=${VITAE:-$here/target/release/vitae}
SIZES=${SIZES:-"1 1000 10000"}
ROUNDS=${ROUNDS:-1}
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

# One row's figures from its rounds' hyperfine exports ($1-1.json …): vitae's and
# Hugo's medians (the median over rounds) and the ratio of each round, as
# "vitae_s hugo_s ratio" where ratio is the median ratio, with its range over rounds.
summary() {
    python3 - "$1" "$ROUNDS" <<'PY'
import json, statistics, sys
rounds = [json.load(open(f"{sys.argv[1]}-{r}.json"))["results"] for r in range(1, int(sys.argv[2]) + 1)]
v = [r[0]["median"] for r in rounds]
h = [r[1]["median"] for r in rounds]
ratios = sorted(a / b for a, b in zip(v, h))
ratio = f"{statistics.median(ratios):.2f}"
if len(ratios) > 1:
    ratio += f" ({ratios[0]:.2f}–{ratios[-1]:.2f})"
print(statistics.median(v), statistics.median(h), ratio)
PY
}

# A command moving the given paths (when they exist) into $WORK/aside.
aside() {
    local cmd="mkdir -p $WORK/aside"
    for p in "$@"; do cmd+=" && { [ ! -e $p ] || mv $p \$(mktemp -d -p $WORK/aside); }"; done
    echo "$cmd"
}

# Peak resident memory of a command, in MiB.
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident/ { printf "%.0f", $6 / 1024 }'; }

ms() { python3 -c 'import sys; s=float(sys.argv[1]); print(f"{s*1000:.0f} ms" if s < 1 else f"{s:.2f} s")' "$1"; }

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

    # Each row is one hyperfine run timing both side by side, so that the load of a
    # shared machine weighs on both alike.
    for r in $(seq "$ROUNDS"); do
        # The previous output is moved aside, not deleted: on ext4 without a journal
        # every inode freed in the last seconds is skipped, one by one, by each inode
        # created after it, so a build just after deleting tens of thousands of files
        # times the file system's recovery rather than the tool (3.4 s of system time
        # at 10,000 people became 14.9 s). The moved trees go when the script ends.
        "${hf[@]}" --export-json "$WORK/first-$r.json" \
            --prepare "$(aside "$v/public" "$v/.vitae-cache")" \
            --prepare "$(aside "$h/public" "$h/resources")" "$vb" "$hb" >&2
        $vb 2>/dev/null; $hb
        "${hf[@]}" --export-json "$WORK/same-$r.json" "$vb" "$hb" >&2
        # One résumé changed before each run: a new line at its end.
        "${hf[@]}" --export-json "$WORK/one-$r.json" \
            --prepare "echo '- Note \$(date +%N)' >> $v/content/p0/resume.md" \
            --prepare "echo '- Note \$(date +%N)' >> $h/content/p0.md" "$vb" "$hb" >&2
    done
    eval "$(aside "$v/public" "$v/.vitae-cache" "$h/public" "$h/resources")"
    vm=$(peak $vb) hm=$(peak $hb)

    label=$([ "$n" = 1 ] && echo "1 person" || echo "$(echo "$n" | sed -E ':a;s/([0-9])([0-9]{3})($|,)/\1,\2\3/;ta') people")
    for kind in first same one; do
        read -r vs hs ratio < <(summary "$WORK/$kind")
        case $kind in
            first) work="$label, first build (empty output, no cache)"; mem="$vm / $hm MiB" ;;
            same) work="$label, rebuild, nothing changed"; mem="" ;;
            one) work="$label, rebuild, one résumé changed"; mem="" ;;
        esac
        rows+=("| $work | $(ms "$vs") | $(ms "$hs") | $ratio | $mem |")
    done
done

echo
echo "vitae $("$VITAE" --version | cut -d' ' -f2) against $(hugo version | cut -d' ' -f1-2), medians of hyperfine runs ($ROUNDS round(s); the ratio's range over rounds in brackets)"
echo
echo "| work | vitae | Hugo | vitae / Hugo | peak memory vitae / Hugo |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
