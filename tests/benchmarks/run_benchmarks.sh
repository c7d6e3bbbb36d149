#!/bin/sh
# Runs the benchmarks given, in turn, then prints one summary line of their figures.
# Usage: run_benchmarks.sh BENCH...  (what the `bench` target runs, from the build folder)
# Exits non-zero only when a benchmark could not run: a figure over its budget is reported, not
# an error (benchmarks never gate CI).
set -u
log=$(mktemp)
status=$(mktemp)
trap 'rm -f "$log" "$status"' EXIT

# Offscreen unless a display is available.
if [ -z "${QT_QPA_PLATFORM:-}" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    QT_QPA_PLATFORM=offscreen
    export QT_QPA_PLATFORM
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
echo "machine: $(nproc) cores ($cpu), $memory memory, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
start=$(date +%s)
broken=""
for bench in "$@"; do
    echo
    { "$bench"; echo $? > "$status"; } | tee -a "$log"
    code=$(cat "$status")
    if [ "$code" != 0 ]; then
        echo "$(basename "$bench"): exited with $code"
        broken="$broken $(basename "$bench")"
    fi
done

echo
pass=$(grep -cE '  PASS( \(p99\))?$' "$log")
fail=$(grep -cE '  FAIL( \(p99\))?$' "$log")
missed=$(grep -E '  FAIL( \(p99\))?$' "$log" | sed -E 's/ +[0-9.-]+ +[0-9.-]+ +[0-9.-]+ +FAIL.*$//' | paste -sd '|' - | sed 's/|/; /g')
echo "summary: $((pass + fail)) figures with a budget, $pass PASS, $fail FAIL${missed:+ ($missed)}; $(($(date +%s) - start)) s; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
if [ -n "$broken" ]; then
    echo "could not run:$broken"
    exit 1
fi
exit 0
