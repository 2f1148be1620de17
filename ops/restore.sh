#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database and an empty data folder; then start the server
# with these settings (and the EAR deployed as before).
#
#   ops/restore.sh BACKUP_FOLDER
#
# Reads the target from the environment, as the server will: COMPETITION_DATA_DIR (created, must be empty),
# DB_URL, DB_USER, DB_PASSWORD (PostgreSQL: the database must exist and be empty, e.g. createdb; H2: the
# database comes back inside the data folder, at the default URL's place).
set -euo pipefail
in="${1:?usage: ops/restore.sh BACKUP_FOLDER}"
data="${COMPETITION_DATA_DIR:?COMPETITION_DATA_DIR: the data folder to restore into}"
url="${DB_URL:-jdbc:h2:}"
(cd "$in" && sha256sum --quiet -c SHA256SUMS) || { echo "the backup in $in is damaged" >&2; exit 4; }
mkdir -p "$data"
[ -z "$(ls -A "$data")" ] || { echo "$data is not empty" >&2; exit 2; }

if [[ "$url" =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]]; then
    [ -f "$in/database.dump" ] || { echo "no database.dump in $in (an H2 backup?)" >&2; exit 2; }
    host="${BASH_REMATCH[1]}" port="${BASH_REMATCH[3]:-5432}" database="${BASH_REMATCH[4]}"
    export PGPASSWORD="${DB_PASSWORD:-}"
    tables=$(psql -h "$host" -p "$port" -U "${DB_USER:-postgres}" -d "$database" -Atc \
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
    [ "$tables" = 0 ] || { echo "database $database is not empty ($tables tables)" >&2; exit 2; }
    pg_restore --no-owner --no-acl --exit-on-error --single-transaction -h "$host" -p "$port" \
        -U "${DB_USER:-postgres}" -d "$database" "$in/database.dump"
elif [[ "$url" == jdbc:h2:* ]]; then
    [ ! -f "$in/database.dump" ] || { echo "$in holds a PostgreSQL dump: set DB_URL to a PostgreSQL database" >&2; exit 2; }
else
    echo "DB_URL $url: only PostgreSQL and the embedded H2 are known here" >&2; exit 2
fi
tar -C "$data" -xzf "$in/files.tar.gz"
echo "restored $in into ${url%%\?*} and $data"
