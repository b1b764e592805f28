#!/usr/bin/env bash
# How long `argmap watch` takes to draw the essay map again after a save, with Java and the
# engine warm: a warm MapSession's check + draw, and the whole loop from the save to the new SVG
# in place (scripts/WatchTiming.java). Target (issue 14): well under half a second.
#
#   scripts/bench-watch.sh                  # 20 saves, embedded engine, the essay map
#   RUNS=50 ENGINE=native scripts/bench-watch.sh maps/other.yaml
#
# Needs target/argmap.jar (mvn -o -B package -DskipTests). Runs with the launcher's JVM flags.
set -euo pipefail
cd "$(dirname "$0")/.."
map=${1:-maps/st-petersburg-bombing.yaml}
java -XX:TieredStopAtLevel=1 -XX:-DontCompileHugeMethods -cp target/argmap.jar \
  scripts/WatchTiming.java "${RUNS:-20}" "${ENGINE:-embedded}" "$map"
