#!/usr/bin/env bash
# Builds the console and runs the whole test suite (installing missing Debian packages when run
# as root). Warnings are errors here.
#   ./test.sh              the normal build in build/
#   ./test.sh --sanitize   an AddressSanitizer + UndefinedBehaviorSanitizer build in build-asan/
#   ./test.sh -- ARGS      extra arguments for ctest, e.g. ./test.sh -- -R tst_rolepolicy
set -euo pipefail
CONSOLE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/setup.sh
source "$CONSOLE_ROOT/scripts/setup.sh"

build_dir=$CONSOLE_ROOT/build
cmake_args=("${CONSOLE_CMAKE_ARGS[@]}")
packages=("${CONSOLE_PACKAGES[@]}")
ctest_args=()
while (($#)); do
    case $1 in
        --sanitize)
            build_dir=$CONSOLE_ROOT/build-asan
            packages+=(clang libclang-rt-14-dev)
            cmake_args+=(-DCONSOLE_SANITIZE=ON -DCMAKE_CXX_COMPILER=clang++)
            export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
            export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
            export LSAN_OPTIONS=suppressions=$CONSOLE_ROOT/tests/lsan.supp:print_suppressions=0
            ;;
        --) shift; ctest_args+=("$@"); break ;;
        *) echo "Unknown option: $1 (use --sanitize or -- CTEST_ARGS)" >&2; exit 2 ;;
    esac
    shift
done

console_ensure_packages "${packages[@]}"
console_build "$build_dir" "${cmake_args[@]}"
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)" "${ctest_args[@]}"
