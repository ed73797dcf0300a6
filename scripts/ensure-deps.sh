#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build shmex: Maven and a JDK 25 where the
# Maven toolchains plugin finds it (/usr/lib/jvm). With --gui it also installs the GTK library
# JavaFX needs for real windows. Sourced by .ci/run and demo.sh; it never touches a machine that
# already has everything.
set -euo pipefail

shmex_have_jdk25() {
  local d
  for d in "${JAVA_HOME:-}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$d" ] && [ -x "$d/bin/javac" ] || continue
    if "$d/bin/java" -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])'; then
      return 0
    fi
  done
  return 1
}

shmex_apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "shmex: please install: $*" >&2
    return 1
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q "$@"
}

shmex_ensure_deps() {
  local want=()
  command -v mvn >/dev/null 2>&1 || want+=(maven)
  shmex_have_jdk25 || want+=(openjdk-25-jdk-headless)
  if [ "${1:-}" = "--gui" ] && command -v ldconfig >/dev/null 2>&1 \
      && ! ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0'; then
    want+=(libgtk-3-0)
  fi
  if [ ${#want[@]} -gt 0 ]; then
    echo "shmex: installing ${want[*]}" >&2
    shmex_apt_install "${want[@]}"
  fi
}
