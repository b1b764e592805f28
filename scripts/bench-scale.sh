#!/usr/bin/env bash
# Growth of argmap's cost with the size of its input, end to end through the jar: each case runs
# at n, 2n and 4n, and prints wall time and peak memory (maximum resident set size, from GNU
# time). Costs that grow no worse than n log n roughly double from one row to the next.
#
#   scripts/bench-scale.sh                                    # target/argmap.jar, every case
#   ARGMAP_JAR=old.jar TIMEOUT=300 scripts/bench-scale.sh unknown dot   # another build, some cases
#
# Cases: unknown  a map whose statements each support an id that does not exist: check
#        dot      a map of n statements in a tree: render -f dot
#        evaluate the same tree: evaluate
#        folder   n maps of 100 statements in one folder: check, then render -f dot
# TIMEOUT (seconds, default 600) stops a run that takes longer; its row says so. The maps are
# written to a temporary folder, removed at the end. Needs python3 and GNU time (/usr/bin/time).
# Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${ARGMAP_JAR:-target/argmap.jar}
timeout=${TIMEOUT:-600}
cases=("$@")
[[ ${#cases[@]} -gt 0 ]] || cases=(unknown dot evaluate folder)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# generate KIND N COUNT PATH: COUNT maps of N statements, as PATH (one map) or PATH/map-<i>.yaml
generate() {
  python3 - "$@" <<'PY'
import os, sys
kind, n, count, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

def write(out, title):
    with open(out, "w") as f:
        f.write(f"argmap: 1\ntitle: {title}\nstatements:\n  s0:\n    kind: thesis\n    text: The thesis.\n")
        if kind == "unknown":
            for i in range(1, n + 1):
                f.write(f"  s{i}: {{text: Statement {i}., supports: missing{i}}}\n")
        else:  # a tree about three wide per level, supports and attacks in turn
            for i in range(1, n):
                relation = "attacks" if i % 3 == 0 else "supports"
                f.write(f"  s{i}: {{text: Statement {i} of the map., {relation}: s{(i - 1) // 3}}}\n")

if count == 1:
    write(path, f"{kind} {n}")
else:
    os.makedirs(path, exist_ok=True)
    for m in range(count):
        write(os.path.join(path, f"map-{m}.yaml"), f"{kind} {n}, map {m}")
PY
}

# run LABEL N ARGUMENT...: one timed run of the jar, as a table row
run() {
  local label=$1 n=$2
  shift 2
  local log="$work/time.log"
  local status=0
  /usr/bin/time -v -o "$log" timeout "$timeout" java -jar "$jar" "$@" >/dev/null 2>&1 || status=$?
  if [[ $status -eq 124 ]]; then
    printf '%-22s %8s %12s %12s\n' "$label" "$n" ">${timeout} s" "-"
    return
  fi
  local seconds kb
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); s = 0; for (i = 1; i in t; i++) s = s * 60 + t[i]; print s}' "$log")
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  printf '%-22s %8s %10.1f s %9d MB   (exit %d)\n' "$label" "$n" "$seconds" $((kb / 1024)) "$status"
}

echo "jar: $jar ($(java -version 2>&1 | head -1)); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %8s %12s %12s\n' case n time "peak memory"
for case in "${cases[@]}"; do
  case $case in
    unknown) sizes=(7500 15000 30000) ;;
    dot | evaluate) sizes=(12500 25000 50000) ;;
    folder) sizes=(50 100 200) ;;
    *) echo "unknown case '$case'; cases: unknown dot evaluate folder" >&2; exit 2 ;;
  esac
  for n in "${sizes[@]}"; do
    map="$work/$case-$n.yaml"
    case $case in
      unknown) generate unknown "$n" 1 "$map"; run "check, unknown ids" "$n" check "$map" ;;
      dot) generate tree "$n" 1 "$map"; run "render -f dot" "$n" render -f dot -o "$work/out" "$map" ;;
      evaluate) generate tree "$n" 1 "$map"; run "evaluate" "$n" evaluate "$map" ;;
      folder)
        generate tree 100 "$n" "$work/folder-$n"
        run "check, folder" "$n" check "$work/folder-$n"
        run "render -f dot, folder" "$n" render -f dot -o "$work/out-$n" "$work/folder-$n" ;;
    esac
  done
done
