#!/usr/bin/env bash
# The load tests (Gatling, bench/load): builds the EAR, starts it with the run command on PostgreSQL (a
# database competition_load made afresh, on the local server of .ci/run: 127.0.0.1:5432, user postgres),
# its data in bench/load/target/data; then for each arrival rate one Gatling run (the baseline, a static
# file of the same server, then the registration rush at that rate), a table row each with the server's CPU
# and heap; stops the server. Everything on loopback, bounded by the rates and the seconds. Usage:
#   bench/load/run.sh [rates, default "50 100 150 200"] [seconds at each rate, default 20]
set -euo pipefail
cd "$(dirname "$0")/../.."
rates="${1:-50 100 150 200}"
seconds="${2:-20}"
data="$PWD/bench/load/target/data"
mkdir -p "$data"

psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS competition_load' \
    -c 'CREATE DATABASE competition_load'
rm -rf "$data/mail" "$data/materials" bench/load/target/gatling
export DB_CLASS=org.postgresql.ds.PGSimpleDataSource
export DB_URL=jdbc:postgresql://127.0.0.1:5432/competition_load
export DB_USER=postgres DB_PASSWORD=postgres
export COMPETITION_ADMIN_USERNAME=loadcommittee COMPETITION_ADMIN_PASSWORD=Load-Committee-2026

mvn -q -Prun package -DskipTests -Drun.data.dir="$data"
# HTTP worker threads (LOAD_HTTP_THREADS; Payara's default pool has at most 5): set, then the domain restarted
if [ -n "${LOAD_HTTP_THREADS:-}" ]; then
    "$data/payara6/bin/asadmin" set \
        "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$LOAD_HTTP_THREADS"
    "$data/payara6/bin/asadmin" restart-domain domain1
    until curl -sf -o /dev/null http://localhost:8080/resources/css/console.css; do sleep 1; done
fi
trap 'java competition-ear/src/main/payara/Payara.java stop "$data/payara6"' EXIT
pid=$(cat "$data/payara6/glassfish/domains/domain1/config/pid")
rows=()
status=0
for rate in $rates; do
    rm -f bench/load/target/server-cpu.txt
    if ! mvn -q -f bench/load/pom.xml gatling:test -Dload.data="$data" -Dload.rates="$rate" -Dload.step="$seconds" \
            -Dload.serverPid="$pid"; then
        status=1
    fi
    heap=$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap|PSYoungGen|total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); print int(v / 1024); exit } }')
    report=$(ls -td bench/load/target/gatling/*/ | head -1)
    rows+=("$(java bench/load/Report.java "$report" "$rate" "$seconds" "$(cat bench/load/target/server-cpu.txt)" "${heap:-?}")")
done
echo
echo "| arrival rate | registrations | p50 | p95 | p99 | baseline: static file p50 / p95 | server CPU (cores, of 2) | server heap used after |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
exit $status
