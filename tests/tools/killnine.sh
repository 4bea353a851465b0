#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The DPO Desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The long kill -9 suite: tst_killnine with 1,000 cycles (or KILLNINE_CYCLES), against the dev build (default) or the
# release build, and its figures. dpodesk-cli processes that write to one register, back it up and restore it are
# killed with SIGKILL at random moments; after each kill the register, its audit trail, its attachments, its cases,
# its backups and the temporary files left behind are checked (see tests/tst_killnine.cpp).
#
#   bash tests/tools/killnine.sh [dev|release|BUILD_DIR]
#   KILLNINE_SEED=1234 bash tests/tools/killnine.sh        # replay the operations and delays of a run
#
# On a shared machine, hold the build lock so that the run neither slows nor is slowed by others:
#   flock /tmp/dpodesk-build.lock bash tests/tools/killnine.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
case "${1:-dev}" in
dev | release | asan) build="$root/build/${1:-dev}" ;;
*) build="$1" ;;
esac
test_binary="$build/tests/tst_killnine"
if [[ ! -x "$test_binary" ]]; then
    echo "killnine.sh: $test_binary is missing; build it first: cmake --build --preset ${1:-dev} --target tst_killnine" >&2
    exit 2
fi
if ! command -v sqlite3 >/dev/null; then
    echo "killnine.sh: the sqlite3 shell is needed (bash packaging/install-deps.sh installs it)" >&2
    exit 2
fi

export KILLNINE_CYCLES="${KILLNINE_CYCLES:-1000}"
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
log="$(mktemp -t killnine-XXXXXX.log)"
echo "killnine.sh: $KILLNINE_CYCLES cycles with $test_binary (full output: $log)"
start=$(date +%s)
status=0
"$test_binary" -maxwarnings 0 >"$log" 2>&1 || status=$?
end=$(date +%s)
# The figures and any finding; the rest (Qt Test's own lines) stays in the log.
grep -E '^killnine: |^(FAIL|PASS) ' "$log" || true
echo "killnine.sh: $((end - start)) s in all, exit status $status"
exit "$status"
