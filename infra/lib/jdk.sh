#!/usr/bin/env bash
# Sourced by every script: picks a JDK >= 21 because the machine's default java is 17.
# Honours JAVA_HOME when it already points to a JDK >= 21; otherwise falls back to
# MOVIESTACK_JDK (default: the Temurin 25 that machines of this kind carry).

moviestack_java_major() {
  local version
  version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  echo "${version%%.*}"
}

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(moviestack_java_major "$JAVA_HOME")" -lt 21 ]; then
  for candidate in "${MOVIESTACK_JDK:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(moviestack_java_major "$candidate")" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      break
    fi
  done
fi

if [ -z "${JAVA_HOME:-}" ] || [ "$(moviestack_java_major "$JAVA_HOME")" -lt 21 ]; then
  echo "moviestack: no JDK >= 21 found; set JAVA_HOME or MOVIESTACK_JDK" >&2
  return 1 2>/dev/null || exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
