#!/usr/bin/env bash
# A private PostgreSQL 15 + PostGIS 3 server for the tests, on a Unix socket only
# (no TCP port is opened), loaded with the Chengdu sample layers.
#
#   scripts/pg_server.sh start STATE_DIR   start (or restart) it; writes STATE_DIR/env
#   scripts/pg_server.sh stop  STATE_DIR   stop it and delete its data
#   scripts/pg_server.sh conn  STATE_DIR   print the GDAL connection string
#
# STATE_DIR (e.g. build/pg) holds only small files: env (the connection), the
# server log's path. The cluster itself lives in a fresh folder under /tmp that
# the server's user owns: initdb refuses to run as root, and a clean clone under
# a private mktemp folder is not reachable by the postgres user. Every statement
# is logged (log_statement = all) so tests can see what was sent to the server.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
PORT="${PARKSCAPE_PG_PORT:-54329}"
DB=parkscape
ROLE=parkscape
PASSWORD=parkscape-test   # a throw-away test server on a private socket

cmd="${1:-}"; state="${2:-}"
[[ -n "$cmd" && -n "$state" ]] || { echo "usage: $0 start|stop|conn STATE_DIR" >&2; exit 2; }
mkdir -p "$state"
state="$(cd "$state" && pwd)"

as_server() {  # run a command as the cluster's owner
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_server() {
  [[ -f "$state/env" ]] || return 0
  # shellcheck disable=SC1091
  source "$state/env"
  if [[ -n "${PS_PG_DATA:-}" && -d "$PS_PG_DATA" ]]; then
    as_server "$PGBIN/pg_ctl" -D "$PS_PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PS_PG_HOME"
  fi
  rm -f "$state/env"
}

conn_string() {
  # shellcheck disable=SC1091
  source "$state/env"
  echo "PG:host=$PS_PG_SOCKET port=$PORT dbname=$DB user=$ROLE password=$PASSWORD"
}

case "$cmd" in
  stop) stop_server; exit 0 ;;
  conn) conn_string; exit 0 ;;
  start) ;;
  *) echo "usage: $0 start|stop|conn STATE_DIR" >&2; exit 2 ;;
esac

[[ -x "$PGBIN/initdb" ]] || { echo "$0: PostgreSQL 15 is not installed ($PGBIN/initdb); scripts/test.sh installs it" >&2; exit 1; }
stop_server  # a server left behind by an interrupted run

home="$(mktemp -d /tmp/parkscape-pg.XXXXXX)"
chmod 755 "$home"
mkdir -p "$home/data" "$home/socket"
[[ $(id -u) -eq 0 ]] && chown -R postgres: "$home"
printf '%s\n' "$PASSWORD" > "$home/pwfile"
[[ $(id -u) -eq 0 ]] && chown postgres: "$home/pwfile"
cat > "$state/env" <<EOF
PS_PG_HOME=$home
PS_PG_DATA=$home/data
PS_PG_SOCKET=$home/socket
PS_PG_LOG=$home/server.log
PS_PG_PORT=$PORT
EOF

as_server "$PGBIN/initdb" -D "$home/data" -U "$ROLE" --pwfile="$home/pwfile" \
  --auth-local=scram-sha-256 --auth-host=reject -E UTF8 --locale=C.UTF-8 >/dev/null
as_server "$PGBIN/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$home/socket' -p $PORT -c log_statement=all -c fsync=off" \
  start >/dev/null

export PGPASSWORD="$PASSWORD"
psql_() { psql -v ON_ERROR_STOP=1 -q -h "$home/socket" -p "$PORT" -U "$ROLE" "$@"; }
psql_ -d postgres -c "CREATE DATABASE $DB"
psql_ -d "$DB" -c "CREATE EXTENSION postgis"

# The Chengdu sample layers, as a bureau's PostGIS would hold them (spatial index
# on every geometry column, primary keys from the GeoPackage's fids).
sample="$ROOT/geodata/cache/sample_parks.gpkg"
[[ -f "$sample" ]] || { echo "$0: $sample is missing; run scripts/prepare_data.sh first" >&2; exit 1; }
PG_USE_COPY=YES ogr2ogr -f PostgreSQL "$(conn_string)" "$sample" \
  -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST -lco FID=fid --config PG_USE_COPY YES
echo "$(conn_string)"
