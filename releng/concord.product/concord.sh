#!/bin/sh
# Starts the Concord workbench built by `./mvnw verify` (releng/concord.product/target/products/...).
# Usage: releng/concord.product/concord.sh [-data WORKSPACE] [Eclipse options...]
# The product ships without the native Eclipse launcher (it is not on Maven Central), so we start
# Equinox's Java launcher with a JDK >= 21 found the same way ./mvnw finds one.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../.mvn/jdk.sh"
concord_select_jdk
product=${CONCORD_PRODUCT_DIR:-$here/target/products/concord.product/linux/gtk/x86_64}
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
if [ -z "$launcher" ]; then
  echo "No built Concord product at $product; build it first with ./mvnw verify -DskipTests" >&2
  exit 2
fi
if [ -z "${DISPLAY-}" ]; then
  echo "No DISPLAY: Concord is a desktop program (on a headless machine, run it under xvfb-run)." >&2
  exit 2
fi
cd "$product"
exec "$JAVA_HOME/bin/java" -Dosgi.requiredJavaVersion=21 -Xms128m -Xmx2g ${CONCORD_JAVA_OPTS:-} \
  -jar "$launcher" -consoleLog "$@"
