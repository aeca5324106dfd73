#!/usr/bin/env bash
# Issue 16: `connectorctl import` of COUNT connectors under a virtual-memory limit (ulimit -v,
# in KiB) that reading the whole file into memory at once exceeds; the import reads it record by
# record and must succeed with every connector stored.
# Usage: import-under-ulimit.sh CONNECTORCTL LIMIT_KIB COUNT
set -euo pipefail
ctl=$1
limit_kib=$2
count=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg" USER=tester LC_ALL=C.UTF-8
db="$work/target.sqlite"
# The records' consent names the new database's first administrator.
owner=$("$ctl" --database "$db" --json admins list | grep -m1 -o '"email": *"[^"]*"' |
    sed 's/.*"\([^"]*\)"$/\1/')
if [ -z "$owner" ]; then
    echo "no administrator in $db" >&2
    exit 1
fi
awk -v n="$count" -v owner="$owner" 'BEGIN {
    print "{\"format\": \"webex-cc-connectors\", \"version\": 2, \"flows\": [], \"connectors\": ["
    for (i = 0; i < n; i++)
        printf "%s{\"id\": \"00000000-0000-4000-8000-%012d\", \"name\": \"Connector %d\", " \
               "\"access\": [\"read-only\"], \"active\": true, \"authorizedBy\": \"%s\", " \
               "\"authorizedAt\": \"2026-01-02T03:04:05.000Z\"}\n", (i ? "," : ""), i, i, owner
    print "]}"
}' >"$work/connectors.json"
echo "$(wc -c <"$work/connectors.json") bytes, $count connectors, ulimit -v $limit_kib"
bash -c 'ulimit -v "$1" && exec "$2" --database "$3" import "$4"' _ \
    "$limit_kib" "$ctl" "$db" "$work/connectors.json"
stored=$("$ctl" --database "$db" --json list | grep -c '"id":')
if [ "$stored" -ne "$count" ]; then
    echo "stored $stored of $count connectors" >&2
    exit 1
fi
