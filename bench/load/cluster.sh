#!/usr/bin/env bash
# The registration rush (the Gatling simulation of run.sh) through nginx in front of the two-instance cluster of
# ops/cluster.sh (issue 12): a cluster of its own in bench/load/target/cluster, brought up from nothing; each rate
# with both instances, then with instance i2 stopped (nginx sends everyone to i1), then with both again (i2 started
# again: i1 warm, i2 a new JVM). On this 2-core machine the point is what the
# cluster costs, not a speed-up: both instances, their PostgreSQL, nginx and Gatling share the cores. Usage:
#   bench/load/cluster.sh [rates, default "25 50"] [seconds at each rate, default 20]
# (JDK, Maven, and the programs of the Debian packages nginx and postgresql; the ports of ops/cluster.sh free.)
set -euo pipefail
cd "$(dirname "$0")/../.."
rates="${1:-25 50}"
seconds="${2:-20}"
export CLUSTER_DIR="$PWD/bench/load/target/cluster"
export COMPETITION_ADMIN_USERNAME=loadcommittee COMPETITION_ADMIN_PASSWORD=Load-Committee-2026
export CLUSTER_JVM_OPTIONS="-Dcompetition.admin.username=$COMPETITION_ADMIN_USERNAME -Dcompetition.admin.password=$COMPETITION_ADMIN_PASSWORD"
rm -rf "$CLUSTER_DIR/postgres" "$CLUSTER_DIR/files" "$CLUSTER_DIR/nginx" \
    "$CLUSTER_DIR/payara6/glassfish/domains/competition-cluster" "$CLUSTER_DIR/payara6/glassfish/nodes"
mvn -q install -DskipTests
trap 'ops/cluster.sh down' EXIT
ops/cluster.sh up
pids() {
    local i pids=()
    for i in "$@"; do
        pids+=("$(cat "$CLUSTER_DIR/payara6/glassfish/nodes/localhost-competition-cluster/$i/config/pid")")
    done
    local IFS=,
    echo "${pids[*]}"
}
rows=()
status=0
for phase in both alone again; do
    case $phase in
        both) label="2"; targets=(i1 i2) ;;
        alone) ops/cluster.sh stop 2 >/dev/null; label="1 (i2 stopped)"; targets=(i1) ;;
        again) ops/cluster.sh start 2 >/dev/null; label="2 (i2 started again)"; targets=(i1 i2) ;;
    esac
    for rate in $rates; do
        rm -f bench/load/target/resources.txt
        if ! mvn -q -f bench/load/pom.xml gatling:test -Dload.simulation=cn.org.smeie.competition.load.RegistrationRush \
                -Dload.base=http://127.0.0.1:8090 -Dload.data="$CLUSTER_DIR/files" -Dload.rates="$rate" \
                -Dload.step="$seconds" -Dload.serverPid="$(pids "${targets[@]}")" \
                -Dload.jdbcUrl=jdbc:postgresql://127.0.0.1:25432/competition; then
            status=1
        fi
        report=$(ls -td bench/load/target/gatling/*/ | head -1)
        rows+=("| $label $(java bench/load/Report.java "$report" "$rate" "$seconds" \
            "$(cat bench/load/target/resources.txt)" "$(bench/load/heap.sh "$(pids "${targets[@]}")")" registration)")
    done
done
echo
echo "| instances | arrival rate | registration | p50 | p95 | p99 | baseline: static file p50 / p95 | CPU cores of 2: instances | PostgreSQL | Gatling | machine | commits per registration | rows read per registration | tables read most: rows per registration | instances' heap used after |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
exit $status
