#!/usr/bin/env bash
# The load tests (Gatling, bench/load): builds the EAR, starts it with the run command on PostgreSQL (a
# database competition_load made afresh, on the local server of .ci/run: 127.0.0.1:5432, user postgres),
# its data in bench/load/target/data; then for each arrival rate one Gatling run (the baseline, a static
# file of the same server, then the scenario at that rate), a table row each with the CPU of the server,
# PostgreSQL, Gatling and the machine, the database's work per registration or page view and the server's
# heap; stops the server. Everything on loopback, bounded by the rates and the seconds. Usage:
#   bench/load/run.sh [rush] [rates, default "50 100 150 200"] [seconds at each rate, default 20]
#       the registration rush: signed-in team contacts create, attach a PDF and submit
#   bench/load/run.sh signin [rates, default "10 20 40 60"] [seconds at each rate, default 20]
#       team contacts who signed up beforehand sign in (the password checked against its hash), each a new client
#   bench/load/run.sh console [rates, default "25 50 100"] [seconds at each rate, default 20]
#       hosts open their track's team list, with LOAD_TEAMS teams (default 17000) imported into the edition first
# LOAD_PROFILE=1: a Java Flight Recorder recording of the server over each step (baseline and scenario, not the
# seeding), bench/load/target/profile-RATE.jfr, summarized by layer and by application method (bench/load/Profile.java)
set -euo pipefail
cd "$(dirname "$0")/../.."
scenario=rush
if [ "${1:-}" = rush ] || [ "${1:-}" = console ] || [ "${1:-}" = signin ]; then
    scenario=$1
    shift
fi
if [ "$scenario" = console ]; then
    simulation=cn.org.smeie.competition.load.ConsoleLatency
    group="team list"
    rates="${1:-25 50 100}"
elif [ "$scenario" = signin ]; then
    simulation=cn.org.smeie.competition.load.SignIn
    group=sign-in
    rates="${1:-10 20 40 60}"
else
    simulation=cn.org.smeie.competition.load.RegistrationRush
    group=registration
    rates="${1:-50 100 150 200}"
fi
seconds="${2:-20}"
data="$PWD/bench/load/target/data"
mkdir -p "$data"

psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS competition_load' \
    -c 'CREATE DATABASE competition_load'
rm -rf "$data/mail" "$data/materials" bench/load/target/gatling bench/load/target/console-seed.txt
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
    rm -f bench/load/target/resources.txt
    profile=${LOAD_PROFILE:+$PWD/bench/load/target/profile-$rate.jfr}
    if ! mvn -q -f bench/load/pom.xml gatling:test -Dload.simulation="$simulation" -Dload.data="$data" \
            -Dload.rates="$rate" -Dload.step="$seconds" -Dload.serverPid="$pid" -Dload.teams="${LOAD_TEAMS:-17000}" \
            -Dload.profile="$profile"; then
        status=1
    fi
    if [ -n "$profile" ]; then
        java bench/load/Profile.java "$profile" | tee "${profile%.jfr}.txt"
    fi
    heap=$(bench/load/heap.sh "$pid" || true)
    report=$(ls -td bench/load/target/gatling/*/ | head -1)
    rows+=("$(java bench/load/Report.java "$report" "$rate" "$seconds" "$(cat bench/load/target/resources.txt)" "${heap:-?}" "$group")")
done
echo
echo "| arrival rate | $group | p50 | p95 | p99 | baseline: static file p50 / p95 | CPU cores of 2: server | PostgreSQL | Gatling | machine | commits per $group | rows read per $group | tables read most: rows per $group | server heap used after |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
exit $status
