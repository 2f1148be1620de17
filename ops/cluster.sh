#!/usr/bin/env bash
# The competition on two Payara instances of one deployment group, on PostgreSQL, behind nginx — on this
# machine, as the production set-up on several (README, "Beyond one machine").
#
#   ops/cluster.sh up        build if needed, then start everything below (again: redeploys the EAR)
#   ops/cluster.sh status    what runs, and each instance's answer
#   ops/cluster.sh kill N    kill -9 of instance N (1 or 2): a machine lost
#   ops/cluster.sh stop N    stop instance N cleanly (nginx sends its users to the other)
#   ops/cluster.sh start N   start instance N again (it deploys the group's application as it starts)
#   ops/cluster.sh failover  a signed-in user's requests through nginx while their instance is killed: how many
#                            failed, how long the gap (CLUSTER_USER, CLUSTER_PASSWORD: an account of the cluster)
#   ops/cluster.sh down      stop nginx, the instances, the domain and the database (the data stays)
#
# Needs a JDK 17+, Maven, and the Debian packages nginx and postgresql (their programs, not a running server:
# the cluster starts a PostgreSQL of its own). Everything lives in cluster/ (CLUSTER_DIR), which `down` keeps
# and which may be deleted to start afresh:
#   payara6/           Payara Server, unpacked by Maven; domain competition-cluster (admin on 30048)
#   postgres/          PostgreSQL on 127.0.0.1:25432 (CLUSTER_PG_PORT): the application's database and the batch
#                      job repository, both shared by the instances. max_prepared_transactions is raised: a batch
#                      chunk commits the application's data and the job repository in one (XA) transaction.
#   files/             the shared file store (uploads, certificates, reports, mail): competition.data.dir of both
#   nginx/             nginx's configuration, logs and pid; it listens on 127.0.0.1:8090 (CLUSTER_PORT)
# Instances i1 and i2 (HTTP 31080 and 32080) belong to deployment group `competition`; the EAR is deployed to the
# group with availability on, so sessions are kept in Payara's data grid (Hazelcast) and survive an instance.
# nginx keeps a signed-in user on the instance that made the session (its id ends in .i1 or .i2, the instance's
# jvmRoute) and sends them to the other one when that instance does not answer.
# CLUSTER_EAR deploys another archive than the one Maven builds (the system tests deploy theirs);
# CLUSTER_JVM_OPTIONS (space-separated -Dkey=value) are given to every instance when the group is first made.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(mkdir -p "${CLUSTER_DIR:-$here/cluster}" && cd "${CLUSTER_DIR:-$here/cluster}" && pwd)"
port="${CLUSTER_PORT:-8090}"
pg_port="${CLUSTER_PG_PORT:-25432}"
domain=competition-cluster
group=competition
admin_port=30048
instances=(i1 i2)
declare -A portbase=([i1]=31000 [i2]=32000)
payara="$dir/payara6"
ear="${CLUSTER_EAR:-$here/competition-ear/target/competition.ear}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"

log() { printf '%s  %s\n' "$(date +%T)" "$*"; }
asadmin() { java -jar "$payara/glassfish/lib/client/appserver-cli.jar" --port "$admin_port" "$@"; }
# asadmin for something that may exist already: its "already exists" is not a failure
asadmin_once() { asadmin "$@" 2>&1 | grep -v -i "already exists" || true; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_cluster() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }

require() {
    [ -n "$pg_bin" ] || { echo "PostgreSQL's programs are missing: apt-get install -y postgresql" >&2; exit 2; }
    command -v nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx" >&2; exit 2; }
}

database_up() {
    local data="$dir/postgres/data"
    if [ ! -d "$data" ]; then
        log "PostgreSQL: a new database cluster in $dir/postgres"
        mkdir -p "$dir/postgres"
        [ "$(id -u)" != 0 ] || chown postgres:postgres "$dir/postgres"
        as_postgres "$pg_bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
        printf '%s\n' "port = $pg_port" "listen_addresses = '127.0.0.1'" "unix_socket_directories = '$dir/postgres'" \
            "max_prepared_transactions = 64" "max_connections = 200" >> "$data/postgresql.conf"
    fi
    if ! as_postgres "$pg_bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        as_postgres "$pg_bin/pg_ctl" -D "$data" -l "$dir/postgres/log" -w start >/dev/null
    fi
    [ -n "$(psql_cluster -c "SELECT 1 FROM pg_database WHERE datname = 'competition'")" ] \
        || psql_cluster -c "CREATE DATABASE competition"
}

payara_installed() {
    if [ ! -f "$ear" ] || [ ! -d "$payara" ]; then
        log "building the EAR and unpacking Payara (Maven)"
        (cd "$here" && mvn -B -q -Pcluster package -DskipTests -Dcluster.dir="$dir")
    fi
    # the job repository's pool is the server's, not the application's: the driver goes beside Payara's own
    if ! ls "$payara"/glassfish/lib/*postgresql-[0-9]*.jar >/dev/null 2>&1; then
        local driver
        driver="$(jar tf "$ear" | grep -E '^lib/(org\.postgresql-)?postgresql-[0-9][^/]*\.jar$')" \
            || { echo "no PostgreSQL driver in $ear" >&2; exit 3; }
        (cd "$payara/glassfish/lib" && jar xf "$ear" "$driver" && mv "$driver" . && rmdir lib)
    fi
}

domain_up() {
    if [ ! -d "$payara/glassfish/domains/$domain" ]; then
        log "Payara: domain $domain"
        java -jar "$payara/glassfish/lib/client/appserver-cli.jar" create-domain --nopassword=true --checkports=false \
            --portbase 30000 "$domain" >/dev/null
    fi
    if ! java -jar "$payara/glassfish/lib/client/appserver-cli.jar" list-domains | grep -q "^$domain running"; then
        asadmin start-domain "$domain" >/dev/null
    fi
    if asadmin list-deployment-groups 2>/dev/null | grep -q "^[[:space:]]*$group$"; then
        return
    fi
    log "Payara: configuring the instances' template (default-config), the group and its instances"
    local c=configs.config.default-config
    asadmin set "$c.transaction-service.automatic-recovery=true" >/dev/null
    # persistent timers (the nightly chain) in the data grid: each fires on one instance of the group. The DAS too:
    # it makes the automatic timers of an application deployed to the group, in its own timer store (with the
    # default, Database, in its embedded database, where the instances never see them: no timer fired)
    asadmin set "$c.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid" >/dev/null
    asadmin set "configs.config.server-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid" >/dev/null
    asadmin restart-domain "$domain" >/dev/null
    asadmin create-jvm-options --target default-config '-DjvmRoute=${com.sun.aas.instanceName}' >/dev/null
    local option
    for option in ${CLUSTER_JVM_OPTIONS:-}; do
        asadmin create-jvm-options --target default-config "$option" >/dev/null
    done
    asadmin_once create-jdbc-connection-pool --datasourceclassname org.postgresql.xa.PGXADataSource \
        --restype javax.sql.XADataSource \
        --property "user=postgres:password=postgres:serverName=127.0.0.1:portNumber=$pg_port:databaseName=competition" \
        competition-batch
    asadmin_once create-jdbc-resource --connectionpoolid competition-batch jdbc/competition-batch
    # the job repository's tables in PostgreSQL's usual schema (Payara's default schema, APP, is Derby's)
    asadmin set-batch-runtime-configuration --target default-config --datasourcelookupname jdbc/competition-batch \
        --schemaname public >/dev/null
    # the application's own settings (MicroProfile Config), the same for every instance of the domain
    local key value
    while IFS='=' read -r key value; do
        asadmin set-config-property --source=domain --propertyName="$key" --propertyValue="$value" >/dev/null
    done <<EOF
db.class=org.postgresql.ds.PGSimpleDataSource
db.url=jdbc:postgresql://127.0.0.1:$pg_port/competition
db.user=postgres
db.password=postgres
competition.data.dir=$dir/files
competition.public.url=http://localhost:$port
competition.trusted.proxies=127.0.0.1
EOF
    # one configuration for all instances of the group, so that they are alike in everything but their ports: the
    # batch runtime shows a job to the instances of the configuration it was started in (its tag names it)
    asadmin copy-config default-config "$group-config" >/dev/null
    asadmin create-deployment-group "$group" >/dev/null
    local i
    for i in "${instances[@]}"; do
        asadmin create-instance --node "localhost-$domain" --config "$group-config" --portbase "${portbase[$i]}" \
            --checkports=false "$i" >/dev/null
        asadmin add-instance-to-deployment-group --instance "$i" --deploymentgroup "$group" >/dev/null
    done
    asadmin create-resource-ref --target "$group" jdbc/competition-batch >/dev/null
}

instances_up() {
    local i
    for i in "${instances[@]}"; do
        if ! asadmin list-instances 2>/dev/null | grep -q "^$i  *running"; then
            log "Payara: starting $i"
            asadmin start-instance "$i" >/dev/null
        fi
    done
    log "Payara: deploying the EAR to group $group (sessions in the data grid)"
    asadmin deploy --target "$group" --name competition --force=true --availabilityenabled=true "$ear" >/dev/null
    # Payara makes the job repository's tables when the batch runtime first reads it. Done inside a request's
    # transaction, as the console's job page would, PostgreSQL's CREATE TABLE is rolled back with it (a failed read
    # follows), every time; read from the administration side, outside any transaction, they are made for good.
    asadmin list-batch-jobs --target "${instances[0]}" >/dev/null
}

balancer_up() {
    mkdir -p "$dir/nginx/temp"
    cat > "$dir/nginx/nginx.conf" <<EOF
# written by ops/cluster.sh
worker_processes 2;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log $dir/nginx/access.log;
    client_body_temp_path $dir/nginx/temp/body;
    proxy_temp_path $dir/nginx/temp/proxy;
    fastcgi_temp_path $dir/nginx/temp/fastcgi;
    uwsgi_temp_path $dir/nginx/temp/uwsgi;
    scgi_temp_path $dir/nginx/temp/scgi;
    # a session stays on the instance that made it (its id ends in .i1 or .i2); if that one does not answer,
    # the other takes over with the session from the data grid
    upstream i1 { server 127.0.0.1:31080 max_fails=1 fail_timeout=10s; server 127.0.0.1:32080 backup; }
    upstream i2 { server 127.0.0.1:32080 max_fails=1 fail_timeout=10s; server 127.0.0.1:31080 backup; }
    upstream any { server 127.0.0.1:31080 max_fails=1 fail_timeout=10s; server 127.0.0.1:32080 max_fails=1 fail_timeout=10s; }
    map \$cookie_JSESSIONID \$instance { ~\.i1\$ i1; ~\.i2\$ i2; default any; }
    server {
        listen 127.0.0.1:$port;
        client_max_body_size 60m;
        location / {
            proxy_pass http://\$instance;
            # the application checks that a form comes from its own origin: the address people typed
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # the live finals' screens are event streams (server-sent events): passed on as they come, kept open
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
            proxy_read_timeout 1h;
            # an instance that is starting answers 404 (or 500) until the application is deployed on it: a request
            # that may be repeated (not a POST) goes to the other instance then
            proxy_next_upstream error timeout http_500 http_502 http_503 http_504 http_404;
            proxy_connect_timeout 2s;
        }
    }
}
EOF
    if [ -f "$dir/nginx/nginx.pid" ] && kill -0 "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null; then
        nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -s reload
    else
        nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf"
    fi
}

answer() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" || true; }

status() {
    local i
    for i in "${instances[@]}"; do
        echo "$i: HTTP $(answer "http://127.0.0.1:$((portbase[$i] + 80))/login.xhtml") on $((portbase[$i] + 80))"
    done
    echo "nginx: HTTP $(answer "http://127.0.0.1:$port/login.xhtml") on $port"
}

# For 20 s, one request after another as the signed-in user (a page of the API only a signed-in user may read);
# after 5 s, kill -9 of the instance that holds their session. Prints the requests, those that failed and the
# longest time without an answer.
failover() {
    local user="${CLUSTER_USER:?CLUSTER_USER: an account of the cluster}" password="${CLUSTER_PASSWORD:?CLUSTER_PASSWORD}"
    local base="http://127.0.0.1:$port" cookies edition url session victim
    cookies="$(mktemp)"
    edition="$(curl -sf "$base/api/editions/current" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
    url="$base/api/tracks?edition=$edition"
    [ "$(curl -s -o /dev/null -w '%{http_code}' -c "$cookies" -u "$user:$password" "$url")" = 200 ] \
        || { echo "sign-in as $user refused" >&2; exit 3; }
    session="$(awk '$6 == "JSESSIONID" {print $7}' "$cookies")"
    victim="${session##*.}"
    log "signed in as $user; session on $victim"
    local start end now code t sent=0 failed=0 last_ok killed=0 gap=0
    start=$(date +%s%N); end=$((start + 20000000000)); last_ok=$start
    while now=$(date +%s%N); [ "$now" -lt "$end" ]; do
        if [ "$killed" = 0 ] && [ $((now - start)) -gt 5000000000 ]; then
            "$0" kill "${victim#i}"
            killed=1
        fi
        read -r code t < <(curl -s -o /dev/null -b "$cookies" --max-time 10 -w '%{http_code} %{time_total}\n' "$url" \
            || echo "000 0")
        sent=$((sent + 1))
        now=$(date +%s%N)
        if [ "$code" = 200 ]; then
            [ $((now - last_ok)) -le "$gap" ] || gap=$((now - last_ok))
            last_ok=$now
        else
            failed=$((failed + 1))
            echo "  request $sent: HTTP $code after $t s"
        fi
    done
    rm -f "$cookies"
    log "failover: $sent requests, $failed failed, longest time between two answers $((gap / 1000000)) ms" \
        "(instance $victim killed after 5 s; start it again with: ops/cluster.sh up)"
}

case "${1:-}" in
    up)
        require
        t0=$(date +%s)
        database_up
        payara_installed
        domain_up
        instances_up
        balancer_up
        # each instance, then the balancer: the application may still be starting on one of them
        for _ in $(seq 1 180); do
            [ "$(status | grep -c 'HTTP 200')" = $(( ${#instances[@]} + 1 )) ] && break
            sleep 1
        done
        status
        log "up in $(( $(date +%s) - t0 )) s: http://localhost:$port/ (first sign-in: the one-time password in" \
            "$payara/glassfish/nodes/localhost-$domain/i1/logs/server.log or i2's)"
        ;;
    status)
        status
        ;;
    kill)
        i="i${2:?kill 1 or kill 2}"
        pid="$(cat "$payara/glassfish/nodes/localhost-$domain/$i/config/pid")"
        kill -9 "$pid"
        log "killed $i (pid $pid)"
        ;;
    stop)
        i="i${2:?stop 1 or stop 2}"
        asadmin stop-instance "$i" >/dev/null
        log "stopped $i"
        ;;
    start)
        i="i${2:?start 1 or start 2}"
        asadmin start-instance "$i" >/dev/null
        for _ in $(seq 1 180); do
            [ "$(answer "http://127.0.0.1:$((portbase[$i] + 80))/login.xhtml")" = 200 ] && break
            sleep 1
        done
        status
        ;;
    failover)
        failover
        ;;
    down)
        [ ! -f "$dir/nginx/nginx.pid" ] || nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -s quit || true
        if [ -d "$payara/glassfish/domains/$domain" ]; then
            # each running instance (stop-deployment-group waits long for one that was killed)
            for i in "${instances[@]}"; do
                pidfile="$payara/glassfish/nodes/localhost-$domain/$i/config/pid"
                if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
                    asadmin stop-instance "$i" >/dev/null 2>&1 || true
                fi
            done
            java -jar "$payara/glassfish/lib/client/appserver-cli.jar" stop-domain "$domain" >/dev/null || true
        fi
        [ ! -d "$dir/postgres/data" ] || as_postgres "$pg_bin/pg_ctl" -D "$dir/postgres/data" -m fast -w stop \
            >/dev/null 2>&1 || true
        log "down; the data stays in $dir"
        ;;
    *)
        sed -n '2,11p' "$0" >&2
        exit 2
        ;;
esac
