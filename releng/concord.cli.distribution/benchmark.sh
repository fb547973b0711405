#!/bin/sh
# Start-up benchmark of the built concord command (prints figures; asserts nothing).
# Needs hyperfine (Debian package). Usage: releng/concord.cli.distribution/benchmark.sh [runs]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
concord="$here/target/concord/concord/bin/concord"
example="$here/src/examples/uk-victim-support-hub.partnership.xmi"
runs=${1:-10}
command -v hyperfine >/dev/null || { echo "benchmark.sh: install hyperfine (apt-get install hyperfine)" >&2; exit 2; }
[ -x "$concord" ] || { echo "benchmark.sh: build first (./mvnw verify -DskipTests)" >&2; exit 2; }
"$concord" validate "$example" >/dev/null # warms the page cache (the build recorded the class-data-sharing archive)
hyperfine --warmup 2 --runs "$runs" -N \
  --command-name "validate, no CDS" "env CONCORD_CDS=off $concord validate $example" \
  --command-name "validate, CDS" "$concord validate $example" \
  --command-name "explain, CDS" "$concord explain DF-03" \
  --command-name "java -version (JVM floor)" "env JAVA_HOME= $(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/bin/java -version"
