#!/usr/bin/env bash
# Startup benchmark: cold start to an interactive window with the embedded model loaded, and resident memory
# then, as the median of several runs. Each run is a fresh JVM on its own virtual display (Xvfb) with fresh
# settings; the app measures itself (StartupProbe: process start to the first frame drawn after the model
# loaded; VmRSS and VmHWM from /proc) and exits. The demo model's one-time unpacking into the cache is done
# by a warm-up run that is not counted.
# Usage: installer/bench-startup.sh [RUNS] [COMMAND...]
#   default COMMAND: the installed `tokenscope` if there is one, else java -jar app/target/tokenscope.jar
#   e.g. taskset -c 0,1 installer/bench-startup.sh 7     (2 cores, as the goal is stated)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}; shift || true
if [ $# -eq 0 ]; then
  if command -v tokenscope >/dev/null; then set -- tokenscope; else set -- java -jar app/target/tokenscope.jar; fi
fi
echo "bench-startup: $RUNS runs of: $* on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
run() {
  local home; home=$(mktemp -d)
  local disp=:$((500 + RANDOM % 300))
  Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & local xvfb=$!
  sleep 1
  # XDG_* keep settings and log out of the user's folders; the model cache (XDG_CACHE_HOME) is shared and warm.
  local t0; t0=$(date +%s%3N)
  local line
  line=$(DISPLAY=$disp XDG_CONFIG_HOME=$home/config XDG_STATE_HOME=$home/state TOKENSCOPE_STARTUP_EXIT=1 \
    timeout 120 "$@" 2>/dev/null | grep startup_ms || true)
  # wall_ms: from before the launcher ran to the first frame with the model loaded (the app's own figure,
  # startup_ms, starts at the JVM's creation).
  [ -n "$line" ] && echo " wall_ms=$(( $(sed -n 's/.*ready_epoch_ms=\([0-9]*\).*/\1/p' <<<"$line") - t0 )) $line"
  kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null || true
  rm -rf "$home"
}

run "$@" >/dev/null   # warm-up: unpacks the demo model on a first run
results=$(for i in $(seq "$RUNS"); do run "$@"; done)
echo "$results"
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$results" | median; }
echo "bench-startup: median of $(wc -l <<<"$results") runs: launch to interactive $(field wall_ms) ms" \
  "(JVM start to interactive $(field startup_ms) ms, of which toolkit $(field fx_start_ms) ms; CPU $(field cpu_ms) ms)," \
  "resident $(field rss_mb) MB (peak $(field peak_rss_mb) MB)"
