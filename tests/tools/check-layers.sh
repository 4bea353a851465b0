#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The DPO Desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file of an inner layer includes a header of a layer above it (docs/architecture.md, "Layers").
# The link line already refuses most such arrows (dpodesk_domain has no Qt Sql or Gui, dpodesk_documents does not
# link dpodesk_storage); this also catches a header-only include. Usage: check-layers.sh SOURCE_DIR
set -euo pipefail
core="$1/core"
status=0
check() { # check LAYER_DIRS... -- FORBIDDEN_PREFIXES...
    local dirs=() forbidden=() seen=0
    for arg in "$@"; do
        if [ "$arg" = "--" ]; then seen=1; continue; fi
        if [ $seen -eq 0 ]; then dirs+=("$core/$arg"); else forbidden+=("$arg"); fi
    done
    for prefix in "${forbidden[@]}"; do
        if grep -rn --include='*.h' --include='*.cpp' "#include \"$prefix/" "${dirs[@]}"; then
            echo "^ ${dirs[*]#$core/} must not include $prefix/ headers" >&2
            status=1
        fi
    done
}
check common domain deadline audit attachments -- storage letters reports preview register demo
check storage -- letters reports preview register demo
check letters reports preview -- storage register demo
exit $status
