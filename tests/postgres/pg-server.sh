#!/usr/bin/env bash
# Starts or stops a private PostgreSQL server on 127.0.0.1 for the test suite (a CTest fixture).
#   pg-server.sh start STATE_DIR PORT     pg-server.sh stop STATE_DIR
#
# STATE_DIR (in the build tree) only records where the server lives. The server's data and socket
# folder is a fresh `mktemp -d` under the system temporary folder, owned by the user the server
# runs as: when we are root that is `postgres`, which may not be able to enter the checkout (a
# clone under /root or in a mode-700 folder), so nothing the server touches may live there. The
# short path also keeps the Unix socket under its ~107-byte limit. A failed start prints the
# server's own log and leaves no server and no folder behind.
set -euo pipefail
action=${1:-} state=${2:-} port=${3:-55432}
if [[ -z $action || -z $state ]]; then
    echo "usage: $0 start|stop STATE_DIR [PORT]" >&2
    exit 2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x $bin/initdb ]] || { echo "PostgreSQL server binaries are not installed (Debian package postgresql)" >&2; exit 1; }

# The server refuses to run as root; as root it runs as the postgres user, otherwise as us.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_server() {
    local dir
    dir=$(cat "$state/server-dir" 2>/dev/null) || dir=
    if [[ -n $dir && -d $dir ]]; then
        if [[ -f $dir/data/postmaster.pid ]]; then
            as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
        fi
        rm -rf "$dir"
    fi
    rm -rf "$state"
}

# Prints why the start failed, with the server's own log, then removes everything it made.
fail_start() {
    local reason=$1 log=$2
    echo "Could not start the test PostgreSQL server on 127.0.0.1:$port: $reason" >&2
    if [[ -s $log ]]; then
        echo "--- $log ---" >&2
        cat "$log" >&2
        echo "---" >&2
    fi
    stop_server
    exit 1
}

case $action in
start)
    stop_server
    mkdir -p "$state"
    # As root, /tmp itself: a TMPDIR of root's may be one the postgres user cannot enter either.
    base=${TMPDIR:-/tmp}
    [[ $(id -u) -eq 0 ]] && base=/tmp
    dir=$(mktemp -d "$base/connector-pg.XXXXXX")
    echo "$dir" >"$state/server-dir"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" --auth=trust --username=postgres -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || fail_start "initdb failed" "$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >"$dir/pg_ctl.log" 2>&1 \
        || { cat "$dir/pg_ctl.log" >&2; fail_start "pg_ctl start failed" "$dir/server.log"; }
    echo "PostgreSQL listening on 127.0.0.1:$port (data in $dir)"
    ;;
stop)
    stop_server
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR [PORT]" >&2
    exit 2
    ;;
esac
