#!/bin/sh
# Installs the Debian 12 packages Passerelle needs to build, run and test, and only those
# that are missing. Works as root or through sudo. Downloads nothing else.
set -eu

PACKAGES="
  cmake ninja-build g++ ccache pkgconf
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-multimedia-dev libqt6multimedia6
  qt6-svg-dev qt6-charts-dev libqt6charts6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libsodium-dev libqrencode-dev
  espeak-ng opus-tools
  fonts-dejavu-core fonts-noto-core
  poppler-utils
  clang libclang-rt-14-dev
  dpkg-dev file lintian appstream desktop-file-utils
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-build-deps: everything is installed."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
else
  SUDO="sudo"
fi
echo "install-build-deps: installing$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
