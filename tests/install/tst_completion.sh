#!/usr/bin/env bash
# Bash completion for connectorctl (the program answers from its command registry): what a person
# pressing Tab after each partial command line is offered.
#   tst_completion.sh COMPLETION_FILE CONNECTORCTL
set -uo pipefail
completion=$1 ctl=$2
# shellcheck source=/dev/null
source "$completion"
failures=0 passed=0
offered() { # offered WORD... : what Tab offers after these words (the last one is being typed)
    COMP_WORDS=("$ctl" "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _connectorctl
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect() { # expect DESCRIPTION EXPECTED WORD...
    local got
    got=$(offered "${@:3}")
    if [[ $got == "$2" ]]; then
        passed=$((passed + 1)); echo "PASS   : $1"
    else
        failures=$((failures + 1)); echo "FAIL!  : $1: expected '$2', got '$got'"
    fi
}

all=$(LC_ALL=C "$ctl" --lang en --help | awk '/^Commands:/{on=1;next} on&&/^[^ ]/{on=0} on&&/^  [a-z]/{print $1}' | sort -u | tr '\n' ' ' | sed 's/ $//')
expect "every command of --help is offered first" "$all" ""
expect "a prefix narrows the commands" "add admins" ad
expect "global options before the command" "--admin --database --help --json --lang --version" --
expect "a global option's value does not count as the command" "add admins" --database /tmp/x.sqlite ad
expect "admins offers its sub-commands" "add bind list" admins ""
expect "flows offers its sub-commands" "export" flows ex
expect "a command's own options, and --" "-- --access --authorize --name" add --
expect "access levels" "read-only read-write" add --access r
expect "roles for --role" "partner-full-admin partner-read-only-admin" admins add x@example.com --role partner
expect "languages for --lang" "en uk" --lang ""
expect "a value is never completed as an option" "" add --name --
expect "nothing after -- is taken for an option" "" flows show -- --
expect "a slip is not completed" "" frobnicate --
expect "an option the command does not have is not offered" "--dry-run" import --d
expect "hidden options are not offered" "" edit 3f2504e0 --i
expect "roles come from the same list as admins add's" "$(LC_ALL=C "$ctl" --lang en --help | sed -n 's/^Roles: \(.*\)\.$/\1/p' | tr -d ',' | tr ' ' '\n' | grep '^support' | sort | tr '\n' ' ' | sed 's/ $//')" admins add a@example.com --role support
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
touch "$tmp/export-2026.json" "$tmp/other.txt"
expect "files for import" "$tmp/export-2026.json" import "$tmp/exp"
expect "files for --database" "$tmp/other.txt" --database "$tmp/oth"
echo "Totals: $passed passed, $failures failed"
[[ $failures -eq 0 ]]
