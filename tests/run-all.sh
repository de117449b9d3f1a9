#!/usr/bin/env bash
# Every check CI makes (.ci/run, through the README's test command), in this order:
#   release  the release build and the whole test suite            (ctest --preset release)
#   asan     the whole suite again under ASan + UBSan, leak checks on (ctest --preset asan;
#            the sanitizer options are in CMakePresets.json, the leak suppressions and their
#            reasons in tests/sanitizers/lsan.supp)
#   fuzz     every libFuzzer harness for a bounded time            (tests/fuzz/run-fuzzers.sh)
# Name steps to run only those: `tests/run-all.sh asan fuzz`. Every step runs even when an
# earlier one fails, so that one run shows every failure; the exit status is non-zero if any
# failed, and the summary at the end names them with their times.
set -uo pipefail
cd "$(dirname "$0")/.."

steps=("$@")
if [ ${#steps[@]} -eq 0 ]; then
    steps=(release asan fuzz)
fi

run_step() {
    case "$1" in
        release | asan)
            cmake --preset "$1" && cmake --build --preset "$1" && ctest --preset "$1" ;;
        fuzz)
            tests/fuzz/run-fuzzers.sh ;;
        *)
            echo "run-all.sh: unknown step '$1' (release, asan, fuzz)" >&2
            return 2 ;;
    esac
}

summary=()
failed=0
for step in "${steps[@]}"; do
    echo
    echo "=================== $step ==================="
    start=$SECONDS
    if run_step "$step"; then
        result=ok
    else
        result=FAILED
        failed=1
    fi
    summary+=("$(printf '%-8s %-7s %4d min %02d s' "$step" "$result" \
        $(( (SECONDS - start) / 60 )) $(( (SECONDS - start) % 60 )))")
done

echo
echo "=================== summary ==================="
printf '%s\n' "${summary[@]}"
if [ $failed -ne 0 ]; then
    echo "FAILED: see the step's output above (search for FAILED, ERROR: or 'fuzz check failed')"
fi
exit $failed
