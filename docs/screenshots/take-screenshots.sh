#!/bin/sh
# Retakes connectors-window-en.png and connectors-window-uk.png: the real window on 30 demo
# connectors, under Xvfb, captured with ImageMagick and cropped to the window.
#   docs/screenshots/take-screenshots.sh [BUILD_DIR]      (default: build-dev)
# Needs xvfb-run, xwininfo (x11-utils) and ImageMagick's import and convert in /usr/bin.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build-dev}
case $build in /*) ;; *) build=$root/$build ;; esac

# A short path: the status bar shows it.
demo=/tmp/connectors-demo.sqlite

if [ -z "${SCREENSHOT_WORK:-}" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work" "$demo" "$demo-wal" "$demo-shm"' EXIT
    rm -f "$demo" "$demo-wal" "$demo-shm"
    "$build/bin/connectorctl" --database "$demo" demo --connectors 30 >/dev/null
    SCREENSHOT_WORK=$work xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$build"
    exit
fi

work=$SCREENSHOT_WORK
for lang in en uk; do
    # Fresh settings: the default window size, no remembered splitter positions.
    XDG_CONFIG_HOME="$work/config-$lang" \
        "$build/bin/connector-console" --database "$demo" --lang "$lang" &
    pid=$!
    sleep 4
    geometry=$(xwininfo -root -tree | grep '"connector-console" "connector-console"' \
        | grep -o '[0-9]*x[0-9]*+[0-9-]*+[0-9-]*' | head -1)
    /usr/bin/import -window root "$work/root-$lang.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    /usr/bin/convert "$work/root-$lang.png" -crop "$geometry" +repage \
        "$here/connectors-window-$lang.png"
    echo "connectors-window-$lang.png ($geometry)"
done
