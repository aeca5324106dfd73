#!/usr/bin/env bash
# Shared by run.sh and test.sh: makes sure the Debian packages the build needs are present and
# configures + builds the project into a build folder. Sourced, not executed.

CONSOLE_PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev libgl1-mesa-dev postgresql
    qtkeychain-qt6-dev
    xvfb xauth libxml2-utils fonts-dejavu-core
    desktop-file-utils appstream dpkg-dev file
    default-jre-headless libjsonpath-java libicu-dev libsqlite3-dev sqlite3
)

# run.sh and test.sh share build/, so they configure it the same way (no rebuild when switching).
CONSOLE_CMAKE_ARGS=(-DCONSOLE_WERROR=ON)

console_missing_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    echo "${missing[@]}"
}

# Installs what is missing when we are root; otherwise prints the one command to run and fails.
console_ensure_packages() {
    local missing
    missing=$(console_missing_packages "$@")
    [[ -z $missing ]] && return 0
    if [[ $(id -u) -eq 0 ]]; then
        echo "Installing missing Debian packages: $missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq || return 1
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >/dev/null || return 1
    else
        echo "These Debian packages are missing. Install them with:" >&2
        echo "  sudo apt-get install -y $missing" >&2
        return 1
    fi
}

# console_build BUILD_DIR [extra cmake arguments...]
# With CONSOLE_BUILD_TARGETS set (space-separated), builds only those targets.
console_build() {
    local build_dir=$1
    shift
    local wanted="$*"
    # Configure again only when the folder is new or was configured with other arguments.
    if [[ ! -f $build_dir/build.ninja || $(cat "$build_dir/.configure-args" 2>/dev/null) != "$wanted" ]]; then
        mkdir -p "$build_dir"
        cmake -S "$CONSOLE_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" \
            >"$build_dir/configure.log" 2>&1 || { cat "$build_dir/configure.log" >&2; return 1; }
        echo "$wanted" >"$build_dir/.configure-args"
    fi
    # Quiet when it works; the whole log when it does not.
    local targets=()
    # shellcheck disable=SC2206
    [[ -n ${CONSOLE_BUILD_TARGETS:-} ]] && targets=(--target $CONSOLE_BUILD_TARGETS)
    if ! cmake --build "$build_dir" --parallel "$(nproc)" "${targets[@]}" >"$build_dir/build.log" 2>&1; then
        cat "$build_dir/build.log" >&2
        echo "The build failed; the log above is also in $build_dir/build.log" >&2
        return 1
    fi
}
