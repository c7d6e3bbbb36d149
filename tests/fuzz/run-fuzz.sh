#!/bin/sh
# Builds the lesson loader fuzz target with clang (a separate small CMake project, since the
# main build uses g++) and runs it on a copy of the committed seed corpus.
# Usage: run-fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS]   Exit status: non-zero on any crash.
set -eu

src=${1:?usage: run-fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS]}
build=${2:?usage: run-fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS]}/fuzz-lessonloader
seconds=${3:-60}

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run-fuzz: clang++ not found (install clang and libclang-rt-14-dev: packaging/install-build-deps.sh)" >&2
  exit 1
fi

generator=""
if command -v ninja >/dev/null 2>&1; then
  generator="-G Ninja"
fi
# shellcheck disable=SC2086
cmake -S "$src/tests/fuzz/standalone" -B "$build" $generator \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DPASSERELLE_SOURCE_DIR="$src" >"$build.configure.log" 2>&1 \
  || { cat "$build.configure.log" >&2; exit 1; }
cmake --build "$build" -j2

# The fuzzer adds what it finds to the corpus folder: work on a copy, keep the seeds clean.
rm -rf "$build/corpus" "$build/artifacts"
mkdir -p "$build/corpus" "$build/artifacts"
cp "$src"/tests/fuzz/corpus/* "$build/corpus/"

# Leak checks stay on; Qt's one-time global allocations are not reported as leaks.
exec "$build/fuzz_lessonloader" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
  -dict="$src/tests/fuzz/lesson.dict" -artifact_prefix="$build/artifacts/" \
  "$build/corpus"
