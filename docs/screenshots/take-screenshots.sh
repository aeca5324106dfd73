#!/bin/sh
# Retakes the screenshots in both languages: the Connectors tab (connectors-window-LANG.png), the
# Flows tab (flows-tab-LANG.png) and the HTTP Request activity editor (activity-editor-LANG.png),
# the real window on 30 demo connectors and 6 flows, under Xvfb, captured with ImageMagick and
# cropped to the window. The keys are pressed with xdotool, as an admin would.
#   docs/screenshots/take-screenshots.sh [BUILD_DIR]      (default: build-dev)
#   SCREENSHOT_SCALE=1.5 docs/screenshots/take-screenshots.sh BUILD_DIR
#       the same at 150 % on a 1280x800 screen, into *-150.png
# Needs xvfb-run, xwininfo (x11-utils), xdotool and ImageMagick's import and convert in /usr/bin.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build-dev}
case $build in /*) ;; *) build=$root/$build ;; esac

scale=${SCREENSHOT_SCALE:-1}
if [ "$scale" = 1 ]; then
    screen=1400x900 suffix=
else
    screen=1280x800 suffix=-$(awk "BEGIN { print $scale * 100 }")
fi
export QT_SCALE_FACTOR="$scale"

# A short path: the status bar shows it.
demo=/tmp/connectors-demo.sqlite

if [ -z "${SCREENSHOT_WORK:-}" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work" "$demo" "$demo-wal" "$demo-shm"' EXIT
    rm -f "$demo" "$demo-wal" "$demo-shm"
    "$build/bin/connectorctl" --database "$demo" demo --connectors 30 --flows 6 >/dev/null
    SCREENSHOT_WORK=$work xvfb-run -a -s "-screen 0 ${screen}x24" "$0" "$build"
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
    # No window manager under Xvfb: give the window the keyboard, then switch to the Flows tab,
    # select the second flow's first activity and open it in the editor.
    window=$(xdotool search --onlyvisible --class connector-console | head -1)
    xdotool windowfocus --sync "$window"
    xdotool key ctrl+2
    sleep 1.5
    /usr/bin/import -window root "$work/flows-$lang.png"
    xdotool key Down Down
    sleep 0.3
    xdotool key F2
    sleep 2
    /usr/bin/import -window root "$work/editor-$lang.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    /usr/bin/convert "$work/root-$lang.png" -crop "$geometry" +repage \
        "$here/connectors-window-$lang$suffix.png"
    /usr/bin/convert "$work/flows-$lang.png" -crop "$geometry" +repage "$here/flows-tab-$lang$suffix.png"
    /usr/bin/convert "$work/editor-$lang.png" -crop "$geometry" +repage \
        "$here/activity-editor-$lang$suffix.png"
    echo "connectors-window-$lang$suffix.png, flows-tab-$lang$suffix.png, activity-editor-$lang$suffix.png ($geometry)"
done
