#!/usr/bin/env bash
# Fails when an include crosses the layers the wrong way (see docs/architecture.md):
#   app/core (no QtWidgets) <- app/core/live <- ui <- the programs; bench/ only in connector-bench;
# and when production code asks whether it runs under a test (the caller decides instead: tests
# build their ConsoleContext with in-memory secrets).
set -euo pipefail
cd "$1"
status=0
report() {
    echo "$1:"
    echo "$2"
    status=1
}
core=$(find app/core -path app/core/live -prune -o \( -name '*.cpp' -o -name '*.h' \) -print)
if hits=$(grep -nE '#include "(app/core/live|ui|bench|app/connectorctl)/|#include <Qt?Widgets|#include <QWidget>' $core); then
    report "the core includes a layer above it" "$hits"
fi
if hits=$(grep -rnE '#include "(ui|bench|app/connectorctl)/|#include <QWidget>' app/core/live); then
    report "app/core/live includes a layer above it" "$hits"
fi
if hits=$(grep -rnE '#include "bench/' app ui); then
    report "a program or the ui includes benchmark code" "$hits"
fi
if hits=$(grep -rn 'isTestModeEnabled' app ui); then
    report "production code asks whether it runs under a test" "$hits"
fi
[ "$status" -eq 0 ] && echo "the layers include downwards only"
exit "$status"
