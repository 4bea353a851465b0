#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The DPO Desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package needed to build, test and run DPO Desk.
# Usage: packaging/install-deps.sh [--dev]   (--dev adds tools to look at the GUI, PDFs and icons by hand)
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps.sh: run as root (or through sudo)" >&2
    exit 1
fi

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git clang-format reuse
    # Qt 6.4 as packaged by Debian 12
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-pdf-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev zlib1g-dev
    # SHA-256 (libcrypto)
    libssl-dev
    # tests: PDF text, desktop metadata validation; fonts for Latin, Greek, Cyrillic, Arabic, Hebrew and CJK names
    poppler-utils qpdf desktop-file-utils appstream sqlite3 libsqlite3-dev fonts-dejavu-core fonts-wqy-microhei
    # the Debian package (cpack, dpkg-shlibdeps) and its check (packaging/check-package.sh)
    dpkg-dev file
)

if [ "${1:-}" = "--dev" ]; then
    packages+=(xvfb xauth imagemagick librsvg2-bin)
fi

export DEBIAN_FRONTEND=noninteractive
# Only refresh the package lists when they are missing or older than a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -n 1)" ]; then
    apt-get update -qq
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
