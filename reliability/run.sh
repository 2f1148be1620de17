#!/usr/bin/env bash
# The fault campaign's scenarios (issue 11), on PostgreSQL: each is an Arquillian test of competition-ear that
# drives the EAR on the tests' Payara over HTTP, injects its fault (kill -9 of the server, requests at the
# same instant, database connections cut, the database restarted, the file store unwritable or full, a backup
# restored elsewhere, hostile text, requests forged by another site, sqlmap and wapiti) and checks its invariant
# from the server's records afterwards. Needs root for the full file store (a tmpfs) and the database restart
# (a PostgreSQL of the test's own), and the Debian packages sqlmap and wapiti (else those tests are skipped).
# The same tests run in `mvn verify` (H2) and in CI's PostgreSQL run; this script runs only them, on a fresh
# database competition_reliability of the local PostgreSQL (127.0.0.1:5432, user postgres, as in .ci/run), and
# prints the figures each logged.
# Usage: reliability/run.sh [test classes, comma-separated; default: all scenarios]
set -euo pipefail
cd "$(dirname "$0")/.."
tests="${1:-RegistrationCrashIT,SamePersonRaceIT,ConnectionsCutIT,DatabaseRestartIT,StorageTroubleIT,FileStoreFullIT,CertificateCrashIT,BackupRestoreIT,CrossSiteRequestIT,HostileTextIT,ScannersIT,JudgesStormIT,AggregationCrashIT,TwoPhaseCrashIT}"
psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS competition_reliability' \
    -c 'CREATE DATABASE competition_reliability'
mvn -q install -DskipTests
log=competition-ear/target/reliability.log
status=0
mvn -B -pl competition-ear -Ppostgresql verify -Dit.test="$tests" -Dpg.database=competition_reliability >"$log" 2>&1 \
    || status=$?
echo "== results (full output: $log)"
grep -E "Tests run:|FAIL|SamePersonRaceIT: |ConnectionsCutIT: |DatabaseRestartIT: |FileStoreFullIT: |ScannersIT: |JudgesStormIT: " "$log" || true
# what the in-server steps logged: the server's log of this run
grep -hoE "(RegistrationCrashIT: |After kill -9: |BackupRestoreIT: |HostileTextIT: |AggregationCrashIT: |TwoPhaseCrashIT: |FileStoreFullIT: |DatabaseRestartIT: |ConnectionsCutIT: )[^]]*" competition-ear/target/it-server/payara6/glassfish/domains/*/logs/server.log* \
    2>/dev/null | tail -n 12 || true
exit $status
