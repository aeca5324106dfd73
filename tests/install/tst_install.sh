#!/usr/bin/env bash
# `cmake --install BUILD --prefix P` puts every file where a Linux desktop looks for it, and
# nothing else anywhere: both programs (which run from there), the desktop entry and AppStream
# metadata (both valid), the icon as SVG and PNGs of the right sizes, the manual pages and the
# licence.   tst_install.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=$1 source=$2
# shellcheck source=install-expectations.sh
source "$source/tests/install/install-expectations.sh"
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

check "cmake --install succeeds" bash -c "cmake --install '$build' --prefix '$prefix' >'$prefix.log' 2>&1 || { cat '$prefix.log'; false; }"
rm -f "$prefix.log"
installed=$(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort)
expected=$(expected_files | sort)
check "exactly the expected files are installed" test "$installed" = "$expected"
if [[ $installed != "$expected" ]]; then
    diff <(echo "$expected") <(echo "$installed") | sed 's/^/    /'
fi
check "nothing is installed outside the prefix" \
    bash -c "! grep -v '^$prefix/' '$build/install_manifest.txt'"

version=$("$prefix/bin/connectorctl" --version)
check "the installed connectorctl runs and says its version ($version)" \
    bash -c "[[ '$version' =~ ^connectorctl\ [0-9]+\.[0-9]+\.[0-9]+$ ]]"
number=${version##* }
check "the installed console runs and says the same version" \
    bash -c "[[ \$(QT_QPA_PLATFORM=offscreen '$prefix/bin/connector-console' --version) == *' $number' ]]"

desktop=$prefix/share/applications/connector-console.desktop
check "desktop-file-validate accepts the desktop entry" desktop-file-validate "$desktop"
check "the desktop entry starts the installed program" grep -qx 'Exec=connector-console' "$desktop"
check "the desktop entry names the installed icon" grep -qx 'Icon=connector-console' "$desktop"
check "the desktop entry has a Ukrainian name" grep -q '^Name\[uk\]=' "$desktop"

metainfo=$prefix/share/metainfo/$APP_ID.metainfo.xml
check "appstreamcli accepts the metainfo offline" appstreamcli validate --no-net "$metainfo"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
check "the newest release in the metainfo ($newest) is the program's version" test "$newest" = "$number"
check "the metainfo launches the installed desktop entry" \
    grep -q '<launchable type="desktop-id">connector-console.desktop</launchable>' "$metainfo"
check "the metainfo shows the screenshots of docs/screenshots" bash -c "
    for shot in \$(grep -o 'screenshots/[a-z0-9-]*\.png' '$metainfo'); do
        [[ -f '$source/docs/'\$shot ]] || { echo \"missing: \$shot\"; exit 1; }
    done"

for size in $ICON_SIZES; do
    png=$prefix/share/icons/hicolor/${size}x${size}/apps/connector-console.png
    check "the ${size}px icon is a ${size}x${size} PNG" test "$(png_size "$png")" = "${size}x${size}"
done
check "the scalable icon is the SVG the window uses" \
    cmp -s "$prefix/share/icons/hicolor/scalable/apps/connector-console.svg" \
    "$source/resources/icons/connector-console.svg"

for page in connectorctl connector-console; do
    man=$prefix/share/man/man1/$page.1.gz
    check "the $page manual page is compressed" gzip -t "$man"
    check "the $page manual page carries the version" \
        bash -c "zcat '$man' | grep -q '^\.TH .* \"$page $number\"'"
    if command -v groff >/dev/null; then
        check "the $page manual page renders without warnings" \
            bash -c "[[ -z \$(zcat '$man' | groff -man -Tutf8 -ww -z 2>&1) ]]"
    fi
done
check "every connectorctl command is in its manual page" bash -c "
    page=\$(zcat '$prefix/share/man/man1/connectorctl.1.gz')
    for command in list show add edit deactivate activate delete history admins export import \
                   flows where-used demo jsonpath bind; do
        grep -q \"\\b\$command\\b\" <<<\"\$page\" || { echo \"missing: \$command\"; exit 1; }
    done
    for command in list show add edit deactivate activate delete history admins export import \
                   flows where-used demo jsonpath; do
        '$prefix/bin/connectorctl' --help | grep -q \"^  \$command\\b\" || { echo \"not in --help: \$command\"; exit 1; }
    done"
check "the licence is installed as the copyright file" \
    cmp -s "$prefix/share/doc/connector-console/copyright" "$source/LICENSE"
finish
