#!/usr/bin/env bash
# Builds the Debian package of the console into build/packages/ (installing missing Debian
# packages when run as root). Install it with: sudo apt-get install ./build/packages/*.deb
set -euo pipefail
CONSOLE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/setup.sh
source "$CONSOLE_ROOT/scripts/setup.sh"

console_ensure_packages "${CONSOLE_PACKAGES[@]}"
# Only what the package holds: no tests, no benchmark (cpack itself builds nothing).
echo "Building the programs (a few minutes the first time; the log is build/build.log)..."
CONSOLE_BUILD_TARGETS="connector-console connectorctl application-icons bash-completion manual-pages" \
    console_build "$CONSOLE_ROOT/build" "${CONSOLE_CMAKE_ARGS[@]}"
echo "Packaging..."
cd "$CONSOLE_ROOT/build"
rm -rf packages
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; exit 1; }
ls "$CONSOLE_ROOT"/build/packages/*.deb
