# Sourced by ./mvnw and by Concord's launch scripts (POSIX sh).
# Concord's build (Tycho 5) and product (SWT >= 3.133) need Java >= 21. A newcomer should not have to
# export JAVA_HOME, so when it is unset or older we look in the usual JDK folders and take the newest.

CONCORD_MIN_JAVA=21

# Prints the feature version (17, 21, 25...) of the JDK at $1, or nothing when it is no JDK.
concord_java_major() {
  [ -x "$1/bin/java" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

concord_select_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    current=$(concord_java_major "$JAVA_HOME")
    [ -n "$current" ] && [ "$current" -ge "$CONCORD_MIN_JAVA" ] && return 0
  elif command -v java >/dev/null 2>&1; then
    path_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    current=$(concord_java_major "$path_home")
    if [ -n "$current" ] && [ "$current" -ge "$CONCORD_MIN_JAVA" ]; then
      JAVA_HOME=$path_home
      export JAVA_HOME
      return 0
    fi
  fi
  best_home=
  best_major=0
  # mvnw runs with 'set -f'; the search needs globbing.
  case $- in *f*) concord_noglob=1 ;; *) concord_noglob= ;; esac
  set +f
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* /usr/java/* \
                   "${HOME-}"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] || continue
    major=$(concord_java_major "$candidate")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$CONCORD_MIN_JAVA" ] && [ "$major" -gt "$best_major" ] && [ -x "$candidate/bin/javac" ]; then
      best_home=$candidate
      best_major=$major
    fi
  done
  [ -z "$concord_noglob" ] || set -f
  if [ -n "$best_home" ]; then
    JAVA_HOME=$best_home
    export JAVA_HOME
    return 0
  fi
  echo "Concord needs a JDK $CONCORD_MIN_JAVA or newer (found ${current:-none}${JAVA_HOME:+ at JAVA_HOME=$JAVA_HOME})." >&2
  echo "Install one (Debian: 'apt-get install openjdk-21-jdk', or Temurin 21+), or point JAVA_HOME at it." >&2
  return 1
}
