#!/usr/bin/env bash
# Fuzzes each target for a time and reports executions: `Tests/Fuzz/run.sh DRIVER SECONDS TARGET…`.
# Seeds come from Tests/Fuzz/<target>/corpus (and tokens from Tests/Fuzz/<target>/dictionary, when there
# is one); new inputs go to .build/fuzz-corpus/<target>; an input
# that crashes, hangs (over 10 s) or exhausts memory is written to Tests/Fuzz/<target>/crashes/, where
# the regression tests of `make test` pick it up. Exits 1 when any target failed.
set -uo pipefail
driver=$1
seconds=$2
shift 2
logs=.build/fuzz-logs
mkdir -p "$logs"
failed=0
summary=()
for target in "$@"; do
  work=".build/fuzz-corpus/$target"
  mkdir -p "$work" "Tests/Fuzz/$target/crashes"
  echo "fuzz: $target for ${seconds}s (log: $logs/$target.log)"
  dictionary=()
  if [ -f "Tests/Fuzz/$target/dictionary" ]; then dictionary=("-dict=Tests/Fuzz/$target/dictionary"); fi
  SWIFT_BACKTRACE=enable=no "$driver" "$target" "$work" "Tests/Fuzz/$target/corpus" "${dictionary[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="Tests/Fuzz/$target/crashes/" >"$logs/$target.log" 2>&1
  status=$?
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$logs/$target.log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$logs/$target.log" | grep -o '[0-9]*$' || echo 0)
  corpus=$(find "$work" -type f | wc -l)
  if [ "$status" -ne 0 ]; then
    failed=1
    echo "fuzz: $target FAILED (exit $status); see $logs/$target.log and Tests/Fuzz/$target/crashes/"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*deadly signal|.*timeout)' "$logs/$target.log" | head -5
  fi
  summary+=("$(printf '%-10s %8ss %12s %10s/s %8s   %s' "$target" "$seconds" "$runs" "$rate" "$corpus" \
    "$([ "$status" -eq 0 ] && echo ok || echo FAILED)")")
done
printf '\n%-10s %9s %12s %12s %8s   %s\n' target time executions rate corpus result
printf '%s\n' "${summary[@]}"
exit $failed
