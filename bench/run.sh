#!/usr/bin/env bash
# The benchmarks that run inside the server (an Arquillian test profile, `bench`): the score aggregation on
# a generated edition at 1x and 10x, on H2 and on PostgreSQL, and the certificate job at 2,000 and 20,000
# certificates, and the live finals' push to 500 screens. Each prints its table row and writes it to competition-ear/target/bench/; this script
# gathers them. PostgreSQL is the local one of .ci/run (127.0.0.1:5432, user postgres); a database
# competition_bench is made afresh for each run. Takes about an hour on a 2-core machine; pass the names
# of the runs to do fewer: aggregation-h2-1 aggregation-h2-10 aggregation-pg-1 aggregation-pg-10 certificates
# finals-fanout
set -euo pipefail
cd "$(dirname "$0")/.."
runs=("$@")
[ ${#runs[@]} -gt 0 ] || runs=(finals-fanout certificates aggregation-h2-1 aggregation-pg-1 aggregation-h2-10 aggregation-pg-10)

mvn -q install -DskipTests
rm -rf competition-ear/target/bench

fresh_pg() {
    psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS competition_bench' \
        -c 'CREATE DATABASE competition_bench'
}

failed=()
for run in "${runs[@]}"; do
    echo "== $run"
    # a run that fails is reported at the end; the others still run
    if ! case "$run" in
        aggregation-h2-*) mvn -q -pl competition-ear -Pbench verify -Dit.test=AggregationBench \
            -Dbench.scale="${run##*-}" ;;
        aggregation-pg-*) fresh_pg; mvn -q -pl competition-ear -Pbench,postgresql verify -Dit.test=AggregationBench \
            -Dbench.scale="${run##*-}" -Dpg.database=competition_bench ;;
        certificates) mvn -q -pl competition-ear -Pbench verify -Dit.test=CertificateBench ;;
        finals-fanout) fresh_pg; mvn -q -pl competition-ear -Pbench,postgresql verify -Dit.test=StageFanoutBench \
            -Dpg.database=competition_bench ;;
        *) echo "no such run: $run" >&2; exit 2 ;;
    esac; then
        failed+=("$run")
    fi
done
echo
cat competition-ear/target/bench/*.md 2>/dev/null || true
if [ ${#failed[@]} -gt 0 ]; then
    echo "failed: ${failed[*]}" >&2
    exit 1
fi
