#!/usr/bin/env bash
# Builds the console (installing missing Debian packages when run as root) and starts it.
# Usage: ./run.sh [--database PATH] [--lang uk|en]
set -euo pipefail
CONSOLE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/setup.sh
source "$CONSOLE_ROOT/scripts/setup.sh"

console_ensure_packages "${CONSOLE_PACKAGES[@]}"
console_build "$CONSOLE_ROOT/build" "${CONSOLE_CMAKE_ARGS[@]}"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    cat >&2 <<MSG
The console is built (build/bin/connector-console) but there is no display to show it on.
Run it under a virtual X server instead:
  xvfb-run -a -s "-screen 0 1400x900x24" ./run.sh $*
or use the headless companion:
  build/bin/connectorctl --help
MSG
    exit 1
fi
exec "$CONSOLE_ROOT/build/bin/connector-console" "$@"
