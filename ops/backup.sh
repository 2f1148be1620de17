#!/usr/bin/env bash
# A backup of the competition's data: the database and the file store (uploaded materials, certificates,
# reports, mail), into a new folder that restore.sh reads.
#
#   ops/backup.sh BACKUP_FOLDER
#
# Reads the server's own settings from the environment (README, "Configure it"): COMPETITION_DATA_DIR,
# DB_URL, DB_USER, DB_PASSWORD.
# - PostgreSQL (production): runs while the server runs. pg_dump takes a consistent snapshot of the database
#   first; the files are copied after it, so every file a record of the dump names is already there (files are
#   written under a temporary name and renamed, never changed in place). A file newer than the dump is copied
#   too and is simply not referenced.
# - Embedded H2 (the default): the database is a file of the data folder, which the server holds open; stop
#   the server first (asadmin stop-domain), then the whole data folder is the backup.
# The folder gets database.dump (PostgreSQL custom format) or nothing for H2, files.tar.gz, and SHA256SUMS.
set -euo pipefail
out="${1:?usage: ops/backup.sh BACKUP_FOLDER}"
data="${COMPETITION_DATA_DIR:?COMPETITION_DATA_DIR must name the data folder}"
url="${DB_URL:-jdbc:h2:}"
[ -d "$data" ] || { echo "no data folder $data" >&2; exit 2; }
mkdir -p "$out"
[ -z "$(ls -A "$out")" ] || { echo "$out is not empty" >&2; exit 2; }

if [[ "$url" =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]]; then
    host="${BASH_REMATCH[1]}" port="${BASH_REMATCH[3]:-5432}" database="${BASH_REMATCH[4]}"
    PGPASSWORD="${DB_PASSWORD:-}" pg_dump --format=custom --no-owner --no-acl -h "$host" -p "$port" \
        -U "${DB_USER:-postgres}" -f "$out/database.dump" "$database"
    exclude=(--exclude=./db)       # an embedded database of an earlier set-up is not this one's
elif [[ "$url" == jdbc:h2:* ]]; then
    # H2 locks its open file (a POSIX lock, listed in /proc/locks by inode)
    for file in "$data"/db/*.mv.db; do
        if [ -e "$file" ] && grep -q ":$(stat -c %i "$file") " /proc/locks 2>/dev/null; then
            echo "the embedded database is open: stop the server first (asadmin stop-domain)" >&2; exit 3
        fi
    done
    exclude=()
else
    echo "DB_URL $url: only PostgreSQL and the embedded H2 are known here" >&2; exit 2
fi
# half-written temporary files (a certificate being rendered) are not data
tar -C "$data" "${exclude[@]}" --exclude='*.part' -czf "$out/files.tar.gz" .
(cd "$out" && sha256sum -- * > SHA256SUMS)
echo "backup of $(date -u +%FT%TZ) in $out:"
(cd "$out" && ls -l)
