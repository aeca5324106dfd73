# Sourced by the install and package tests: what an installation holds, relative to its prefix.
# tests/install/CMakeLists.txt passes the icon sizes and the application ID.
expected_files() {
    local size
    echo bin/connector-console
    echo bin/connectorctl
    echo share/applications/connector-console.desktop
    echo "share/metainfo/$APP_ID.metainfo.xml"
    echo share/icons/hicolor/scalable/apps/connector-console.svg
    for size in $ICON_SIZES; do
        echo "share/icons/hicolor/${size}x${size}/apps/connector-console.png"
    done
    echo share/man/man1/connectorctl.1.gz
    echo share/man/man1/connector-console.1.gz
    echo share/doc/connector-console/copyright
    echo share/bash-completion/completions/connectorctl
}

# The PNG's width and height from its IHDR chunk (bytes 16-23, big-endian).
png_size() {
    local width height
    width=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    height=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    echo "${width}x${height}"
}

failures=0 passed=0
check() { # check DESCRIPTION COMMAND...
    if "${@:2}"; then
        passed=$((passed + 1)); echo "PASS   : $1"
    else
        failures=$((failures + 1)); echo "FAIL!  : $1"
    fi
}
finish() {
    echo "Totals: $passed passed, $failures failed"
    [[ $failures -eq 0 ]]
}
