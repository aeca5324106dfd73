#!/usr/bin/env bash
# The Debian package: CPack builds it with dependencies from dpkg-shlibdeps plus what Qt loads at
# run time; it holds exactly the installed files under /usr, stripped, and its programs run.
#   tst_package.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=$1 source=$2
# shellcheck source=install-expectations.sh
source "$source/tests/install/install-expectations.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check "cpack builds the .deb" bash -c "cpack -G DEB --config '$build/CPackConfig.cmake' -B '$work/out' >'$work/cpack.log' 2>&1 || { cat '$work/cpack.log'; false; }"
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -n 1)
check "one .deb named after the package, version and architecture" \
    bash -c "[[ \$(basename '$deb') =~ ^connector-console_[0-9]+\.[0-9]+\.[0-9]+_$(dpkg --print-architecture)\.deb$ ]]"
[[ -f $deb ]] || { finish; exit 1; }

check "the package is called connector-console" test "$(dpkg-deb -f "$deb" Package)" = connector-console
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# One package name a line, without its version constraint.
depends=$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//')
for library in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
               libqt6svg6 libqt6keychain1; do
    check "dpkg-shlibdeps found $library" grep -qxF "$library" <<<"$depends"
done
for runtime in qt6-qpa-plugins libqt6sql6-sqlite qt6-translations-l10n; do
    check "it depends on $runtime, which Qt loads at run time" grep -qxF "$runtime" <<<"$depends"
done
check "the PostgreSQL driver is recommended" \
    bash -c "dpkg-deb -f '$deb' Recommends | grep -q libqt6sql6-psql"

listed=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./usr/||' | sort)
expected=$(expected_files | sort)
check "it holds exactly the installed files, under /usr" test "$listed" = "$expected"
if [[ $listed != "$expected" ]]; then
    diff <(echo "$expected") <(echo "$listed") | sed 's/^/    /'
fi
check "nothing outside /usr" bash -c "! dpkg-deb -c '$deb' | awk '{print \$6}' | grep -v '^\./usr/\|^\./$'"

dpkg-deb -x "$deb" "$work/root"
check "its programs are stripped" bash -c "file '$work/root/usr/bin/connectorctl' '$work/root/usr/bin/connector-console' | grep -c ', stripped' | grep -qx 2"
check "its connectorctl runs" bash -c "'$work/root/usr/bin/connectorctl' --version | grep -q '^connectorctl $(dpkg-deb -f "$deb" Version)$'"
finish
