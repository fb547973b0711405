#!/bin/bash
# Smoke check of the materialized product: start it under a private Xvfb display and wait until a
# top-level window titled "Concord" is mapped. Run by the build (verify phase of concord.product)
# and usable by hand. Exit 0 when the window appears, 1 when it does not, 2 when Xvfb is missing.
set -u
here=$(cd "$(dirname "$0")" && pwd)
timeout_s=${CONCORD_WINDOW_TIMEOUT:-180}
for tool in Xvfb xwininfo; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check-window: '$tool' is missing; install the Debian packages xvfb and x11-utils (.ci/run does)." >&2
    exit 2
  fi
done
work=$(mktemp -d)
cleanup() {
  [ -n "${app_pid-}" ] && kill "$app_pid" 2>/dev/null
  [ -n "${xvfb_pid-}" ] && kill "$xvfb_pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
# -displayfd lets Xvfb pick a free display number and tell us which, so parallel runs never collide.
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
if [ ! -s "$work/display" ]; then echo "check-window: Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; fi
export DISPLAY=":$(cat "$work/display")"
"$here/concord.sh" -data "$work/workspace" -configuration "$work/configuration" >"$work/product.log" 2>&1 &
app_pid=$!
start=$(date +%s)
while :; do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Concord"'; then
    echo "check-window: the Concord window appeared after $(( $(date +%s) - start )) s on $DISPLAY"
    exit 0
  fi
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "check-window: the product exited before showing its window; its log:" >&2
    cat "$work/product.log" >&2
    exit 1
  fi
  if [ $(( $(date +%s) - start )) -ge "$timeout_s" ]; then
    echo "check-window: no Concord window after $timeout_s s; the product's log:" >&2
    cat "$work/product.log" >&2
    exit 1
  fi
  sleep 1
done
