#!/usr/bin/env bash
# The embedded engine (Graphviz 16.1.0 as WebAssembly on Chicory) with the JVM's default JIT
# flags and with the flags for short runs: whole process, `render --engine embedded` of the same
# map, alternating runs, median wall time and peak RSS (GNU time) of RUNS runs each; then
# in-process timings.
#
#   scripts/bench-wasm-engine.sh                 # the essay and a generated 500-statement map
#   RUNS=7 scripts/bench-wasm-engine.sh 2000     # also a generated map of that many statements
#
# Rows: wasm = java -jar as it is; wasm+c1 = the same with
# -XX:TieredStopAtLevel=1 -XX:-DontCompileHugeMethods (the generated code has methods over
# HotSpot's 8,000-byte limit, which stay interpreted by default). Needs target/argmap.jar and
# target/test-classes (mvn -o -B package), and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/argmap.jar
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

maps=(maps/st-petersburg-bombing.yaml)
for n in 500 "$@"; do
  java -cp target/test-classes scripts/GenerateMap.java "$n" "$work/generated-$n.yaml"
  maps+=("$work/generated-$n.yaml")
done

declare -A flags=(
  [wasm]=""
  [wasm+c1]="-XX:TieredStopAtLevel=1 -XX:-DontCompileHugeMethods"
)
engines=(wasm wasm+c1)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-28s %-8s %10s %12s\n' map engine "median s" "peak RSS MB"
for map in "${maps[@]}"; do
  declare -A times=() rss=()
  for ((r = 0; r < runs; r++)); do
    for engine in "${engines[@]}"; do
      out="$work/out"
      rm -rf "$out"
      # shellcheck disable=SC2086
      if /usr/bin/time -f '%e %M' -o "$work/time" java ${flags[$engine]} -jar "$jar" render --engine embedded \
          -o "$out" "$map" >/dev/null 2>"$work/err"; then
        read -r seconds kilobytes <"$work/time"
      else
        seconds=fail; kilobytes=0
      fi
      times[$engine]+="$seconds "
      rss[$engine]+="$((kilobytes / 1024)) "
    done
  done
  for engine in "${engines[@]}"; do
    printf '%-28s %-8s %10s %12s   (%s)\n' "$(basename "$map")" "$engine" \
      "$(tr ' ' '\n' <<<"${times[$engine]}" | grep -v '^$' | median)" \
      "$(tr ' ' '\n' <<<"${rss[$engine]}" | grep -v '^$' | median)" "${times[$engine]% }"
  done
  unset times rss
done

echo
echo "in-process, one engine, 5 renders of each map (default JIT flags, then C1 flags):"
java -cp "$jar" scripts/WasmEngineTiming.java 5 "${maps[@]}"
java -XX:TieredStopAtLevel=1 -XX:-DontCompileHugeMethods -cp "$jar" scripts/WasmEngineTiming.java 5 "${maps[@]}"
