# build-aux/common.sh: what build-aux/run, build-aux/test and
# build-aux/test-sanitizers share. Sourced, not run.
#
# Copyright 2026 The Waymark authors
# SPDX-License-Identifier: GPL-3.0-or-later

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# What every build needs on Debian 12 (bookworm); the paper tests
# (tests/render, also in the sanitizer run) read PDFs with poppler-utils and
# qpdf, and need the Latin and Thai fonts.
build_packages=(
  meson ninja-build pkg-config gcc
  libjson-glib-dev libglib2.0-dev libcairo2-dev libpango1.0-dev
  gettext python3 locales
  poppler-utils qpdf fonts-thai-tlwg fonts-dejavu-core
)

# The application and what its tests need.
app_packages=(
  libgtk-4-dev libadwaita-1-dev
  appstream desktop-file-utils libglib2.0-bin
  xvfb xauth dbus-x11 python3-pyatspi at-spi2-core xdotool
)

# install_packages NAME PACKAGE...: installs the packages that are missing,
# through sudo when not root; NAME prefixes the messages.
install_packages () {
  local name="$1" missing=() pkg status sudo=()
  shift

  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "$name: dpkg-query not found, not installing packages (this is not Debian)" >&2
    return 0
  fi
  for pkg in "$@"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
    [ "$status" = installed ] || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0

  echo "$name: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || {
      echo "$name: not root and no sudo; as root, install: ${missing[*]}" >&2
      return 1
    }
    # Without a terminal (CI) sudo must not wait for a password.
    if [ -t 0 ]; then sudo=(sudo); else sudo=(sudo -n); fi
  fi
  "${sudo[@]}" apt-get update </dev/null &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
}

# ensure_locales: generates the locales the translations are tested in
# (tests that need one skip when it is missing), through sudo when not root.
# Best effort: a machine where this fails still runs the suite.
ensure_locales () {
  local missing=() loc sudo=()
  for loc in de_DE pt_BR th_TH; do
    locale -a 2>/dev/null | grep -qx "$loc.utf8" || missing+=("$loc")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  [ -f /etc/locale.gen ] && command -v locale-gen >/dev/null 2>&1 || return 0
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || return 0
    if [ -t 0 ]; then sudo=(sudo); else sudo=(sudo -n); fi
  fi
  echo "generating locales: ${missing[*]}" >&2
  for loc in "${missing[@]}"; do
    "${sudo[@]}" sed -i "s/^# *\($loc.UTF-8 UTF-8\)/\1/" /etc/locale.gen || return 0
  done
  "${sudo[@]}" locale-gen >/dev/null </dev/null || echo "locale-gen failed; tests that need those locales skip" >&2
}

# configure_and_build BUILD-DIR MESON-OPTION...: sets up (or reconfigures)
# and builds.
configure_and_build () {
  local build="$1"
  shift
  if [ -f "$build/meson-private/coredata.dat" ]; then
    meson setup --reconfigure "$build" "$root" "$@"
  else
    meson setup "$build" "$root" "$@"
  fi
  meson compile -C "$build"
}

# count_results LOG...: prints "N passed, N failed", one per g_test case.
count_results () {
  python3 "$root/build-aux/count-results.py" "$@"
}
