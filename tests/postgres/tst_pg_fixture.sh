#!/usr/bin/env bash
# The PostgreSQL fixture must work wherever the checkout is, even in a folder only its owner may
# enter (a clone under /root, or in a mode-700 `mktemp -d` folder), and a failed start must say
# why, with the server's log, and leave nothing behind.
#   tst_pg_fixture.sh PORT
set -uo pipefail
port=${1:-55434}
script=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/pg-server.sh
failures=0 passed=0
check() { # check DESCRIPTION COMMAND...
    if "${@:2}"; then passed=$((passed + 1)); echo "PASS   : $1"; else failures=$((failures + 1)); echo "FAIL!  : $1"; fi
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }
# The server folder a start made, from what it printed ("data in DIR" or "--- DIR/server.log ---").
server_dir_of() { grep -oE '/[^ ]*/connector-pg\.[A-Za-z0-9]+' <<<"$1" | head -n 1; }

# A private folder like a clone under root's home: mode 700, inside a mode-700 parent.
parent=${HOME:-/tmp}
[[ -d $parent && -w $parent ]] || parent=/tmp
private=$(mktemp -d "$parent/pg-fixture-test.XXXXXX")
chmod 700 "$private"
trap '"$script" stop "$private/build/first" >/dev/null 2>&1; "$script" stop "$private/build/second" >/dev/null 2>&1; rm -rf "$private"' EXIT
output=$("$script" start "$private/build/first" "$port" 2>&1)
status=$?
echo "$output"
first_dir=$(server_dir_of "$output")
check "the server starts with its state folder in a private checkout" test "$status" -eq 0
check "its data folder is outside the checkout" test -n "$first_dir" -a -d "$first_dir/data"
check "it answers on 127.0.0.1:$port" port_open
if command -v psql >/dev/null; then
    check "psql connects and queries" \
        bash -c "psql -h 127.0.0.1 -p $port -U postgres -d postgres -Atc 'select 40 + 2' | grep -qx 42"
fi

# A second server on the same port cannot bind: the start fails, prints the reason and the
# server's own log, and removes the folder it made.
output=$("$script" start "$private/build/second" "$port" 2>&1)
status=$?
second_dir=$(server_dir_of "$output")
check "a start that cannot bind fails" test "$status" -ne 0
check "the failed start removes its server folder" test -n "$second_dir" -a ! -e "$second_dir"
check "the failure names the port and prints the server log" \
    bash -c '[[ $1 == *"127.0.0.1:'"$port"'"* && $1 == *"server.log"* && $1 == *"already in use"* ]]' _ "$output"
check "the failed start leaves no state folder" test ! -e "$private/build/second"
check "the first server still answers" port_open

check "stop succeeds" "$script" stop "$private/build/first"
check "nothing answers on the port after stop" bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null"
check "no server folder is left behind" test ! -e "$first_dir"
check "no state folder is left behind" test ! -e "$private/build/first"

echo "Totals: $passed passed, $failures failed"
[[ $failures -eq 0 ]]
