#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The DPO Desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the Debian package end to end: validates the desktop file and the AppStream metainfo, builds the .deb with
# cpack from a built tree, installs it with apt (so its dependencies resolve as on a user's machine), runs the
# installed programs the way the menu entry does, then removes the package again.
#
# Usage: packaging/check-package.sh [BUILD_DIR]     (default: build/dev; a release package: build/release)
# ctest runs it as the test `package_check` (label "package"). Exit 0 passed, 1 failed, 77 skipped: not root, a tool
# missing, or a dpodesk package already installed on this machine (it is never touched).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build/dev}" && pwd)
cpack=${CPACK:-cpack}

skip() {
    echo "check-package: skipped: $*"
    exit 77
}
fail() {
    echo "check-package: FAILED: $*" >&2
    exit 1
}
step() { echo "check-package: $*"; }

[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
for tool in "$cpack" dpkg dpkg-deb dpkg-query apt-get desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || skip "$tool is missing (bash packaging/install-deps.sh)"
done

shopt -s nullglob
desktops=("$build"/packaging/*.desktop)
metainfos=("$build"/packaging/*.metainfo.xml)
[ "${#desktops[@]}" -eq 1 ] && [ "${#metainfos[@]}" -eq 1 ] || fail "no configured desktop/metainfo in $build/packaging"
desktop=${desktops[0]}
app_id=$(basename "$desktop" .desktop)

step "validating $app_id.desktop and $app_id.metainfo.xml"
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net "${metainfos[0]}" || fail "appstreamcli validate ${metainfos[0]}"

work=$(mktemp -d)
installed_by_us=false
cleanup() {
    if $installed_by_us; then
        step "removing the package again"
        dpkg -r dpodesk >/dev/null || echo "check-package: could not remove dpodesk (dpkg -r dpodesk)" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# One package check at a time on this machine (other worktrees run the suite too).
exec 9>/tmp/dpodesk-package-check.lock
flock 9
if dpkg-query -W -f='${Status}' dpodesk 2>/dev/null | grep -q "ok installed"; then
    skip "a dpodesk package is already installed here; it is left alone"
fi

step "building the .deb from $build"
(cd "$build" && "$cpack" -G DEB -B "$work" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    fail "cpack"
}
debs=("$work"/dpodesk_*.deb)
[ "${#debs[@]}" -eq 1 ] || fail "cpack made no dpodesk_*.deb"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
step "$(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/dpodesk ./usr/bin/dpodesk-cli ./usr/libexec/dpodesk/dpodesk-preview \
    "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" ./usr/share/doc/dpodesk/copyright; do
    grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done

step "installing it with apt-get"
installed_by_us=true
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 \
    "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    fail "apt-get install $deb"
}

# The installed programs, in a home of their own so nothing of this machine's user is read or written.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/home/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$work"

# The menu entry: its Exec command must resolve to the installed binary and start.
menu_entry=/usr/share/applications/$app_id.desktop
desktop-file-validate "$menu_entry" || fail "desktop-file-validate $menu_entry"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" || fail "installed metainfo"
exec_line=$(sed -n 's/^Exec=//p' "$menu_entry" | head -n 1)
program=$(PATH=/usr/local/bin:/usr/bin:/bin command -v "${exec_line%% *}") || fail "Exec=$exec_line does not resolve"
[ "$program" = /usr/bin/dpodesk ] || fail "Exec=$exec_line resolves to $program, not /usr/bin/dpodesk"

# Every library the installed programs need is there (a missing Depends would show as "not found").
for binary in /usr/bin/dpodesk /usr/bin/dpodesk-cli /usr/libexec/dpodesk/dpodesk-preview; do
    if ldd "$binary" | grep -q "not found"; then
        ldd "$binary" | grep "not found" >&2
        fail "$binary lacks a library"
    fi
done

out=$(env -u QT_QPA_PLATFORM "$program" --version) || fail "$program --version (without a display)"
step "$program --version: $out"
grep -q "$version" <<<"$out" || fail "dpodesk --version does not say $version"
/usr/bin/dpodesk-cli --help | grep -q "^Usage: dpodesk-cli" || fail "dpodesk-cli --help"
step "dpodesk-cli --help: ok"

# The desk starts as the menu starts it (platform and SQLite plugins found). With no register yet it greets the user
# with the first-run welcome and keeps running; with the default register present it opens it, holding its lock.
set +e
timeout 5 "$program" >"$work/desk.log" 2>&1
status=$?
set -e
[ "$status" -eq 124 ] || {
    cat "$work/desk.log" >&2
    fail "dpodesk stopped by itself at its first run (exit $status) instead of showing the welcome"
}
register="$XDG_DATA_HOME/dpodesk/dpodesk/dpodesk.sqlite"
/usr/bin/dpodesk-cli demo --cases 20 --database "$register" >/dev/null || fail "dpodesk-cli demo (default register)"
"$program" >"$work/desk.log" 2>&1 &
desk=$!
opened=false
for _ in $(seq 1 50); do
    if [ -e "$register.lock" ]; then
        opened=true
        break
    fi
    kill -0 "$desk" 2>/dev/null || break
    sleep 0.1
done
# A second launch on the same register says so and stops.
set +e
timeout 5 "$program" >"$work/second.log" 2>&1
second=$?
set -e
kill "$desk" 2>/dev/null || true
wait "$desk" 2>/dev/null || true
$opened || {
    cat "$work/desk.log" >&2
    fail "dpodesk started but did not open the default register"
}
# It says so in a message box (left open here: nobody clicks it, hence the timeout) and on stderr.
grep -q "already open in DPO Desk" "$work/second.log" || {
    cat "$work/second.log" >&2
    fail "a second dpodesk on the same register did not say it is already open (exit $second)"
}
step "dpodesk started as $menu_entry says: welcome at the first run, then the register opened; a second one refused"

# The command line with the installed SQLite driver: a register, a backup, a check of the backup.
/usr/bin/dpodesk-cli demo --cases 5 --database "$work/cli.sqlite" >/dev/null || fail "dpodesk-cli demo"
/usr/bin/dpodesk-cli backup --out "$work/cli-backup.sqlite" --database "$work/cli.sqlite" >/dev/null ||
    fail "dpodesk-cli backup"
/usr/bin/dpodesk-cli restore "$work/cli-backup.sqlite" --check --database "$work/cli.sqlite" >/dev/null ||
    fail "dpodesk-cli restore --check"
/usr/bin/dpodesk-cli restore "$work/cli-backup.sqlite" --yes --database "$work/cli.sqlite" >/dev/null ||
    fail "dpodesk-cli restore --yes"
compgen -G "$work/cli.sqlite.before-restore-*" >/dev/null || fail "restore kept no copy of the register"
step "dpodesk-cli demo, backup, restore --check, restore --yes: ok"

# The preview helper, where the desk looks for it, draws an image (a 1x1 PNG).
base64 -d <<<"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" >dot.png
/usr/libexec/dpodesk/dpodesk-preview --width 16 <dot.png | head -c 8 | grep -q PNG || fail "dpodesk-preview"
step "dpodesk-preview: ok"

step "passed ($(basename "$deb"))"
