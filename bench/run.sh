#!/usr/bin/env bash
# Builds an optimised copy of the project into build-release/ and runs the benchmark.
# Usage: bench/run.sh [--sizes 1000,10000,100000] [--runs 5] [--json figures.json]
set -euo pipefail
CONSOLE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../scripts/setup.sh
source "$CONSOLE_ROOT/scripts/setup.sh"
console_ensure_packages "${CONSOLE_PACKAGES[@]}"
console_build "$CONSOLE_ROOT/build-release" -DCMAKE_BUILD_TYPE=Release -DCONSOLE_TEST_POSTGRES=OFF
exec "$CONSOLE_ROOT/build-release/bin/connector-bench" "$@"
