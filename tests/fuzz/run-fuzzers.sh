#!/usr/bin/env bash
# Builds the libFuzzer harnesses (the `fuzz` preset: clang-16, ASan + UBSan) and runs each for a
# bounded time from its seeds, copied into a scratch folder (never into the tree). First every
# regression fixture in tests/data/fuzz/<harness>/ is replayed. Exits non-zero, with the
# sanitizer report and the saved input, when a harness crashes, leaks, hits undefined behaviour
# or breaks a check of its own; prints executions and time per harness either way.
#
#   tests/fuzz/run-fuzzers.sh [--budget SECONDS] [--jobs N] [--only NAME] [--work DIR]
#
# --budget is the wall time of the whole run step (default 150 s: with the clang build of about
# 2 minutes from a clean clone, the fuzz step stays under 5 minutes on 2 cores); it is shared
# out among the harnesses, N at a time (--jobs, default 2). More harnesses therefore mean less
# time each, never a longer step.
set -uo pipefail
cd "$(dirname "$0")/../.."
source_dir=$(pwd)

budget=150
jobs=2
only=""
work=""
while [ $# -gt 0 ]; do
    case "$1" in
        --budget) budget=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run-fuzzers.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

echo "== building the fuzz harnesses (cmake --preset fuzz)"
launcher=()
if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if ! cmake --preset fuzz "${launcher[@]}" > /dev/null || ! cmake --build --preset fuzz; then
    echo "FAIL: the fuzz harnesses do not build" >&2
    exit 1
fi

manifest=build/fuzz/tests/fuzz/fuzzers.tsv
mapfile -t harnesses < <(grep -v '^$' "$manifest" | { if [ -n "$only" ]; then awk -F'\t' -v n="$only" '$1 == n'; else cat; fi; })
if [ ${#harnesses[@]} -eq 0 ]; then
    echo "FAIL: no harness to run (${only:-empty manifest $manifest})" >&2
    exit 1
fi

if [ -z "$work" ]; then
    work=$(mktemp -d "${TMPDIR:-/tmp}/paperboy-fuzz.XXXXXX")
fi
mkdir -p "$work"
# Whole rounds: with an odd count the last harness runs alone, a round of its own.
rounds=$(( (${#harnesses[@]} + jobs - 1) / jobs ))
seconds=$(( budget / rounds ))
[ "$seconds" -lt 10 ] && seconds=10
echo "== ${#harnesses[@]} harnesses, ${seconds} s each, $jobs at a time; scratch: $work"

# A report fails the run: UBSan stops at the first one, LSan names only leaks that are not known
# to be Qt's (the suppression file says why each is there).
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$source_dir/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

run_harness() {
    local name=$1 binary=$2 fixtures=$3 seeds=$4 options=$5
    local dir=$work/$name
    mkdir -p "$dir/corpus" "$dir/seeds" "$dir/crashes"
    local -a seed_dirs
    IFS=';' read -r -a seed_dirs <<< "$seeds"
    local seed
    for seed in "${seed_dirs[@]}"; do
        if [ ! -d "$seed" ]; then
            echo "missing seed folder $seed" > "$dir/result"
            return 1
        fi
        cp -r "$seed" "$dir/seeds/$(echo "$seed" | tr '/' '_')"
    done
    if [ -d "$fixtures" ] && [ -n "$(ls -A "$fixtures")" ]; then
        # shellcheck disable=SC2086
        if ! "$binary" $options "$fixtures"/* > "$dir/replay.log" 2>&1; then
            echo "a regression fixture fails again (log: $dir/replay.log)" > "$dir/result"
            return 1
        fi
    fi
    # shellcheck disable=SC2086
    timeout $(( seconds + 120 )) "$binary" $options -max_total_time="$seconds" -timeout=20 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/crashes/" \
        "$dir/corpus" "$dir/seeds" > "$dir/fuzz.log" 2>&1
    local status=$?
    local execs time
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/fuzz.log")
    time=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$dir/fuzz.log" | awk '{print $5}')
    echo "${execs:-?} ${time:-?}" > "$dir/stats"
    if [ $status -ne 0 ]; then
        echo "exit $status; input: $(ls "$dir/crashes" | head -1) (log: $dir/fuzz.log)" > "$dir/result"
        return 1
    fi
    echo ok > "$dir/result"
}

running=0
for line in "${harnesses[@]}"; do
    IFS=$'\t' read -r name binary fixtures seeds options <<< "$line"
    echo "-- $name"
    run_harness "$name" "$binary" "$fixtures" "$seeds" "$options" &
    running=$((running + 1))
    if [ $running -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

failed=0
printf '\n%-22s %12s %8s %10s  %s\n' harness execs seconds execs/s result
for line in "${harnesses[@]}"; do
    IFS=$'\t' read -r name _ <<< "$line"
    dir=$work/$name
    read -r execs time < "$dir/stats" 2> /dev/null || { execs='?'; time='?'; }
    rate='?'
    if [[ "$execs" =~ ^[0-9]+$ && "$time" =~ ^[1-9][0-9]*$ ]]; then
        rate=$(( execs / time ))
    fi
    result=$(cat "$dir/result" 2> /dev/null || echo "did not finish")
    printf '%-22s %12s %8s %10s  %s\n' "$name" "$execs" "$time" "$rate" "$result"
    [ "$result" = ok ] || failed=1
done

if [ $failed -ne 0 ]; then
    for line in "${harnesses[@]}"; do
        IFS=$'\t' read -r name _ <<< "$line"
        dir=$work/$name
        [ "$(cat "$dir/result" 2> /dev/null)" = ok ] && continue
        echo
        echo "===== $name: the report ====="
        for log in "$dir/replay.log" "$dir/fuzz.log"; do
            [ -f "$log" ] && grep -n -m1 -A40 -E 'ERROR: |runtime error|fuzz check failed|SUMMARY' "$log"
        done
    done
    cat >&2 << 'HOWTO'

FAIL: a harness found a bug. Copy the saved input to tests/data/fuzz/<harness>/<what-it-is>
(a name that says what is wrong with it), rerun `ctest -R fuzz_replay_<harness>` to see it fail,
fix the code, and rerun this script.
HOWTO
    exit 1
fi
echo "all ${#harnesses[@]} harnesses ran clean"
