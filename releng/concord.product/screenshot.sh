#!/bin/bash
# Takes a picture of the workbench with the example open in the partnership text editor and the map
# editor, under a private Xvfb display, and reports the cold start (JVM start to an open editor, and to
# the drawn map). Usage: releng/concord.product/screenshot.sh [OUT.png]   (default docs/images/workbench.png)
# Needs the built product (./mvnw verify -DskipTests) and the Debian packages xvfb, libwebkit2gtk-4.1-0.
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=$(realpath -m "${1:-$here/../../docs/images/workbench.png}")
command -v Xvfb >/dev/null 2>&1 || { echo "screenshot: Xvfb is missing (Debian package xvfb)" >&2; exit 2; }
work=$(mktemp -d)
cleanup() {
  [ -n "${xvfb_pid-}" ] && kill "$xvfb_pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "screenshot: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(cat "$work/display")"
mkdir -p "$(dirname "$out")"
# An empty workspace: the product opens its example, then saves the picture and exits.
CONCORD_JAVA_OPTS="-Dconcord.screenshot=$out" timeout 300 "$here/concord.sh" -data "$work/workspace" \
  -configuration "$work/configuration" >"$work/product.log" 2>&1
grep '^concord:' "$work/product.log"
if [ ! -s "$out" ]; then
  echo "screenshot: no picture was saved; the product's log:" >&2
  cat "$work/product.log" >&2
  exit 1
fi
