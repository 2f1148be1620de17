#!/usr/bin/env bash
# The whole benchmark set in one command: the in-server benchmarks (bench/run.sh: the live finals' push to 500
# screens, the certificate job, the score aggregation at 1x and 10x on H2 and PostgreSQL), then the load tests
# (bench/load/run.sh: the registration rush, sign-in, the console's team list at 1,700 and at 17,000 teams). Their tables, with the
# date, the commit and the machine, replace the section "Latest full run" of bench/README.md (between its
# markers); the raw output stays in bench/target/all/. Needs JDK + Maven and the local PostgreSQL of .ci/run
# (127.0.0.1:5432, user postgres). About 75 minutes on the 2-core reference machine; nothing else may run
# meanwhile. A part that fails is named at the end; the others still run and are written.
set -uo pipefail
cd "$(dirname "$0")/.."
out=bench/target/all
rm -rf "$out"
mkdir -p "$out"
failed=()

bench/run.sh 2>&1 | tee "$out/in-server.txt" || failed+=(in-server)
cp competition-ear/target/bench/*.md "$out/" 2>/dev/null || true
bench/load/run.sh rush 2>&1 | tee "$out/rush.txt" || failed+=(rush)
bench/load/run.sh signin 2>&1 | tee "$out/signin.txt" || failed+=(signin)
LOAD_TEAMS=1700 bench/load/run.sh console 2>&1 | tee "$out/console-1x.txt" || failed+=(console-1x)
bench/load/run.sh console 2>&1 | tee "$out/console.txt" || failed+=(console-10x)

# the table of a load test: the one its script printed last, header and rows
load_table() {
    awk '/^\| arrival rate/ { table = "" } /^\|/ { table = table $0 "\n" } END { printf "%s", table }' "$1"
}

# the in-server rows under the headers their benchmarks document
in_server_rows() {
    cat "$out"/$1 2>/dev/null | grep '^|' || echo "| (no run: see bench/target/all/in-server.txt) |"
}

section=$(mktemp)
{
    echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), $(nproc) cores,"
    echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB;"
    echo "command: \`bench/all.sh\`${failed:+ (failed: ${failed[*]})}."
    echo
    echo "Live finals, submit → received (baseline: the same submits watched by one screen):"
    echo
    echo "| screens | samples | 1 screen p50 | 1 screen p95 | all screens p50 | all screens p95 | last screen p50 (× baseline) | last screen p95 (× baseline) | missed | connecting |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    in_server_rows 'finals-fanout.md'
    echo
    echo "Certificate job against the raw PDFBox floor:"
    echo
    echo "| certificates | floor: plain rendering loop, 2 threads (before, after) | the job, render step | whole job (plan + render) | live heap before → peak |"
    echo "|---|---|---|---|---|"
    in_server_rows 'certificates.md'
    echo
    echo "Score aggregation against one GROUP BY query:"
    echo
    echo "| database | scale | data | baseline: one GROUP BY | ranking step, inputs changed | ranking step, inputs unchanged | cold first run | live heap before → peak | whole job, inputs changed (with the reports step) |"
    echo "|---|---|---|---|---|---|---|---|---|"
    in_server_rows 'aggregation-*.md'
    echo
    echo "Registration rush (three requests a registration; baseline: a static file at the same rate):"
    echo
    load_table "$out/rush.txt"
    echo
    echo "Sign-in, each a new client giving its password (PBKDF2-HMAC-SHA256, 120,000 iterations; baseline: a static file at the same rate):"
    echo
    load_table "$out/signin.txt"
    echo
    echo "Console team list at 1×, 1,700 teams (baseline: a static file at the same rate):"
    echo
    load_table "$out/console-1x.txt"
    echo
    echo "Console team list at 10×, 17,000 teams (baseline: a static file at the same rate):"
    echo
    load_table "$out/console.txt"
} > "$section"

# replace what lies between the markers
awk -v file="$section" '
    /<!-- all.sh:begin -->/ { print; while ((getline line < file) > 0) print line; skip = 1; next }
    /<!-- all.sh:end -->/ { skip = 0 }
    !skip { print }
' bench/README.md > "$out/README.md" && cp "$out/README.md" bench/README.md
rm -f "$section"
echo "bench/README.md: section 'Latest full run' written"
if [ ${#failed[@]} -gt 0 ]; then
    echo "failed: ${failed[*]}" >&2
    exit 1
fi
