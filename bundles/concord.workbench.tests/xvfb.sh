#!/bin/bash
# Gives the workbench UI tests a private X display: `xvfb.sh start DIR` starts Xvfb on a free display
# and writes DIR/xvfb.properties (concord.test.display=:N) for the build to read; `xvfb.sh stop DIR`
# ends it. A failed build never reaches "stop", so Xvfb also ends when the test workbench disconnects
# (-terminate) and, failing that, a watchdog ends it when the Maven process that started it is gone.
set -eu
action=$1
dir=$2
mkdir -p "$dir"
case "$action" in
start)
  command -v Xvfb >/dev/null || { echo "xvfb.sh: Xvfb is missing; install the Debian package xvfb (.ci/run does)" >&2; exit 2; }
  rm -f "$dir/xvfb.display"
  setsid Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -terminate 3>"$dir/xvfb.display" \
    >"$dir/xvfb.log" 2>&1 </dev/null &
  xvfb=$!
  echo "$xvfb" >"$dir/xvfb.pid"
  maven=$PPID
  (while kill -0 "$maven" 2>/dev/null && kill -0 "$xvfb" 2>/dev/null; do sleep 5; done; kill "$xvfb" 2>/dev/null) \
    >/dev/null 2>&1 </dev/null &
  for _ in $(seq 1 100); do [ -s "$dir/xvfb.display" ] && break; sleep 0.1; done
  [ -s "$dir/xvfb.display" ] || { echo "xvfb.sh: Xvfb did not start:" >&2; cat "$dir/xvfb.log" >&2; exit 1; }
  echo "concord.test.display=:$(tr -d '[:space:]' <"$dir/xvfb.display")" >"$dir/xvfb.properties"
  ;;
stop)
  [ -f "$dir/xvfb.pid" ] && kill "$(cat "$dir/xvfb.pid")" 2>/dev/null || true
  rm -f "$dir/xvfb.pid"
  ;;
esac
