#!/usr/bin/env bash
# argmap side by side with the Argdown CLI on the same maps (issue 10; method and results in
# docs/performance.md). Whole processes, argmap and Argdown in turn, the median wall time of RUNS
# runs each and the highest peak RSS (GNU time); prints the machine and a Markdown table.
#
#   scripts/compare-argdown.sh                       # every row, 5 runs each
#   RUNS=9 scripts/compare-argdown.sh essay check    # some rows: essay 500 2000 check small
#   ARGMAP="java -jar target/argmap.jar" scripts/compare-argdown.sh
#
# ARGMAP is how argmap is started, split on spaces (default: target/argmap if it is there and
# executable, else java -jar target/argmap.jar). Argdown is @argdown/cli 1.7.5, installed once with
# npm into ARGMAP_BENCH_CACHE (default ~/.cache/argmap-bench), outside the repository, and run as
# node_modules/.bin/argdown. The maps: the essay (maps/st-petersburg-bombing.yaml), generated maps
# of 500 and 2,000 statements and 100 generated maps of 20 statements, each written as Argdown by
# scripts/ToArgdown.java. Before timing, both tools draw every map once and the script stops unless
# both diagrams show the converter's count of statements, arguments and edges. A run that fails
# stops the script with its error output; no failed run is ever reported as a time.
#
# Needs target/argmap.jar and target/test-classes (mvn -o -B package -DskipTests), Node 20 with npm,
# and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

argdown_version=1.7.5
runs=${RUNS:-5}
cache=${ARGMAP_BENCH_CACHE:-$HOME/.cache/argmap-bench}
essay=maps/st-petersburg-bombing.yaml
small_maps=100
small_size=20
all_rows=(essay 500 2000 check small)
rows=("$@")
[[ ${#rows[@]} -gt 0 ]] || rows=("${all_rows[@]}")

fail() {
  echo "compare-argdown: $*" >&2
  exit 2
}

for row in "${rows[@]}"; do
  [[ " ${all_rows[*]} " == *" $row "* ]] || fail "no row '$row'; rows: ${all_rows[*]}"
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || fail "RUNS must be a positive whole number, not '$runs'"
[[ -f target/argmap.jar && -d target/test-classes ]] \
  || fail "target/argmap.jar or target/test-classes missing: run mvn -o -B package -DskipTests first"
[[ -x /usr/bin/time ]] || fail "GNU time (/usr/bin/time) is needed for peak RSS: apt-get install time"
command -v node >/dev/null && command -v npm >/dev/null || fail "node and npm are needed to run Argdown"

if [[ -z ${ARGMAP:-} ]]; then
  if [[ -x target/argmap ]]; then ARGMAP=target/argmap; else ARGMAP="java -jar target/argmap.jar"; fi
fi
read -r -a argmap <<<"$ARGMAP"

argdown=$cache/node_modules/.bin/argdown
installed_version() {
  node -p "require('$cache/node_modules/@argdown/cli/package.json').version" 2>/dev/null || true
}
if [[ ! -x $argdown || $(installed_version) != "$argdown_version" ]]; then
  echo "installing @argdown/cli@$argdown_version into $cache (once)" >&2
  mkdir -p "$cache"
  [[ -f $cache/package.json ]] || echo '{"private": true}' >"$cache/package.json"
  (cd "$cache" && npm install --no-audit --no-fund --loglevel=error "@argdown/cli@$argdown_version" >&2) \
    || fail "npm could not install @argdown/cli@$argdown_version"
  [[ $(installed_version) == "$argdown_version" ]] || fail "@argdown/cli $argdown_version did not install into $cache"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/yaml" "$work/argdown"

# The maps, in both languages; the converter's counts go to $work/<name>.counts.
prepare() {
  case $1 in
    essay | check)
      [[ -f $work/essay.counts ]] && return
      java -cp target/argmap.jar scripts/ToArgdown.java "$essay" "$work/argdown/essay.argdown" >"$work/essay.counts" ;;
    500 | 2000)
      java -cp target/test-classes scripts/GenerateMap.java "$1" "$work/yaml/generated-$1.yaml"
      java -cp target/argmap.jar scripts/ToArgdown.java "$work/yaml/generated-$1.yaml" \
        "$work/argdown/generated-$1.argdown" >"$work/$1.counts" ;;
    small)
      java -cp target/test-classes scripts/GenerateMap.java "$small_size" "$work/yaml/small" "$small_maps"
      java -cp target/argmap.jar scripts/ToArgdown.java "$work/yaml/small" "$work/argdown/small" >"$work/small.counts" ;;
  esac
}

# The two commands of a row, as arrays argmap_cmd and argdown_cmd, each writing into $work/out.
commands() {
  local out=$work/out
  case $1 in
    essay)
      argmap_cmd=("${argmap[@]}" render --engine embedded -o "$out" "$essay")
      argdown_cmd=("$argdown" map "$work/argdown/essay.argdown" "$out" --format svg) ;;
    500 | 2000)
      argmap_cmd=("${argmap[@]}" render --engine embedded -o "$out" "$work/yaml/generated-$1.yaml")
      argdown_cmd=("$argdown" map "$work/argdown/generated-$1.argdown" "$out" --format svg) ;;
    check)
      # Argdown's default command parses a file, builds its model and reports errors: no export
      argmap_cmd=("${argmap[@]}" check "$essay")
      argdown_cmd=("$argdown" "$work/argdown/essay.argdown") ;;
    small)
      argmap_cmd=("${argmap[@]}" render --engine embedded -o "$out" "$work/yaml/small")
      argdown_cmd=("$argdown" map "$work/argdown/small/*.argdown" "$out" --format svg) ;;
  esac
}

# run SIDE COMMAND...: one timed run in a fresh output folder; seconds and kilobytes into $work/time.
# A failed run, or a drawing run that wrote fewer SVG files than it was given maps, ends the script.
run() {
  local side=$1
  shift
  rm -rf "$work/out"
  if ! /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr"; then
    {
      echo "compare-argdown: $side failed (row $row): $*"
      cat "$work/stdout" "$work/stderr" "$work/time"
    } >&2
    exit 1
  fi
  if [[ $row != check ]]; then
    local expected=1 written
    [[ $row == small ]] && expected=$small_maps
    written=$(find "$work/out" -name '*.svg' 2>/dev/null | wc -l)
    if ((written != expected)); then
      echo "compare-argdown: $side wrote $written SVG files instead of $expected (row $row): $*" >&2
      cat "$work/stdout" "$work/stderr" >&2
      exit 1
    fi
  fi
}

run_side() {
  if [[ $1 == argmap ]]; then run argmap "${argmap_cmd[@]}"; else run Argdown "${argdown_cmd[@]}"; fi
}

# Both tools must draw what the converter counted: statements + arguments as nodes (argmap's legend
# aside) and every relation, premise and conclusion as an edge.
verify() {
  local expected_nodes expected_edges nodes edges side
  read -r expected_nodes expected_edges < <(awk '{n += $2 + $4; e += $6} END {print n, e}' "$work/$row.counts")
  for side in argmap argdown; do
    run_side "$side"
    if [[ $side == argmap ]]; then
      nodes=$(cat "$work"/out/*.svg | grep -cE '<g id="(statement|argument)&#45;[^"]*" class="node"' || true)
    else
      nodes=$(cat "$work"/out/*.svg | grep -c 'class="node"' || true)
    fi
    edges=$(cat "$work"/out/*.svg | grep -c 'class="edge"' || true)
    if [[ $nodes != "$expected_nodes" || $edges != "$expected_edges" ]]; then
      fail "row $row: $side drew $nodes nodes and $edges edges, the map has $expected_nodes and $expected_edges"
    fi
    echo "row $row: $side draws $nodes nodes and $edges edges, as the map has" >&2
  done
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
highest() { sort -n | tail -n 1; }
target_of() {
  case $1 in
    essay) echo 0.7 ;; 500) echo 1.0 ;; 2000) echo 1.2 ;; check) echo 0.6 ;; *) echo "" ;;
  esac
}
label_of() {
  case $1 in
    essay) echo "essay, render (embedded engine)" ;;
    500) echo "generated 500 statements, render" ;;
    2000) echo "generated 2,000 statements, render" ;;
    check) echo "essay, check / Argdown parse only" ;;
    small) echo "$small_maps maps of $small_size statements, one call" ;;
  esac
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A argmap_s argdown_s argmap_mb argdown_mb
for row in "${rows[@]}"; do
  echo "row $row: preparing the maps" >&2
  prepare "$row"
  commands "$row"
  [[ $row == check ]] || verify
  times_a=() times_d=() rss_a=() rss_d=()
  for ((r = 0; r < runs; r++)); do
    # alternate which side goes first, so that neither always follows the other's disk cache
    order=(argmap argdown)
    ((r % 2)) && order=(argdown argmap)
    for side in "${order[@]}"; do
      run_side "$side"
      read -r seconds kilobytes <"$work/time"
      if [[ $side == argmap ]]; then
        times_a+=("$seconds") rss_a+=("$((kilobytes / 1024))")
      else
        times_d+=("$seconds") rss_d+=("$((kilobytes / 1024))")
      fi
    done
  done
  argmap_s[$row]=$(printf '%s\n' "${times_a[@]}" | median)
  argdown_s[$row]=$(printf '%s\n' "${times_d[@]}" | median)
  argmap_mb[$row]=$(printf '%s\n' "${rss_a[@]}" | highest)
  argdown_mb[$row]=$(printf '%s\n' "${rss_d[@]}" | highest)
  echo "row $row: argmap ${times_a[*]} s, Argdown ${times_d[*]} s" >&2
done

cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
ram=$(awk '/^MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by scripts/compare-argdown.sh, RUNS=$runs"
echo
echo "- machine: $(nproc) cores, ${cpu:-unknown CPU}, $ram; load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo "- Java: $(java -version 2>&1 | head -n 1); Node: $(node --version); Argdown: @argdown/cli $(installed_version)"
echo "- argmap: \`$ARGMAP\`"
echo
echo "| row | argmap median s | Argdown median s | argmap / Argdown | target | met? | argmap peak RSS MB | Argdown peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do
  a=${argmap_s[$row]} d=${argdown_s[$row]} target=$(target_of "$row")
  ratio=$(awk -v a="$a" -v d="$d" 'BEGIN {printf "%.2f", a / d}')
  if [[ -n $target ]]; then
    met=$(awk -v r="$ratio" -v t="$target" 'BEGIN {print (r <= t ? "yes" : "no")}')
    [[ $row == essay ]] && target="$target (stretch 0.5)"
    [[ $row == essay && $met == yes ]] && met=$(awk -v r="$ratio" 'BEGIN {print (r <= 0.5 ? "yes, stretch too" : "yes")}')
    target="≤ $target"
  else
    target="per map: argmap $(awk -v a="$a" -v n="$small_maps" 'BEGIN {printf "%.3f", a / n}') s, Argdown $(awk -v d="$d" -v n="$small_maps" 'BEGIN {printf "%.3f", d / n}') s"
    met="-"
  fi
  echo "| $(label_of "$row") | $a | $d | $ratio | $target | $met | ${argmap_mb[$row]} | ${argdown_mb[$row]} |"
done
if [[ -n ${argmap_mb[essay]:-} ]]; then
  echo
  echo "Memory target, the essay under 150 MB: ${argmap_mb[essay]} MB, $( ((argmap_mb[essay] < 150)) && echo met || echo "not met")."
fi
