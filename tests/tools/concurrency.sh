#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The DPO Desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The long version of tst_concurrency: thousands of writes by several dpodesk-cli processes and the desk at once on
# one register, then everything counted. Prints the figures the test prints.
#   tests/tools/concurrency.sh [BUILD_DIR] [WRITERS] [WRITES_PER_WRITER] [DESK_WRITES]
# Default: build/release, 5 writers x 600 writes, 1000 desk writes (about 4,000 acknowledged writes).
set -euo pipefail
build=${1:-build/release}
export CONCURRENCY_WRITERS=${2:-5}
export CONCURRENCY_WRITES=${3:-600}
export CONCURRENCY_DESK_WRITES=${4:-1000}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
exec "$build/tests/tst_concurrency" -maxwarnings 0
