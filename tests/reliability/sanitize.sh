#!/bin/sh
# AddressSanitizer + UndefinedBehaviorSanitizer build of the whole suite (not in CI yet: it would
# double CI time). From the repository folder:
#   tests/reliability/sanitize.sh                       # every test
#   tests/reliability/sanitize.sh -R 'store|lesson|engine|session'   # extra arguments go to ctest
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build="${PASSERELLE_ASAN_BUILD:-$here/build-asan}"
jobs="${PASSERELLE_JOBS:-2}"
cmake -S "$here" -B "$build" -G Ninja -DPASSERELLE_WERROR=ON -DPASSERELLE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
cmake --build "$build" -j"$jobs"
# Qt and fontconfig keep some allocations until exit: leaks are reported, not fatal.
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1}" \
UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
  ctest --test-dir "$build" --output-on-failure -j"$jobs" "$@"
