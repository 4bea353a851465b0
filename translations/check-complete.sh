#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The DPO Desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a string of the interface has no French translation: runs lupdate over the sources into a copy of
# translations/dpodesk_fr.ts (the file in the tree is left alone) and counts the unfinished messages.
# Usage: check-complete.sh LUPDATE SOURCE_DIR WORK_DIR
set -euo pipefail
lupdate=$1 source=$2 work=$3
mkdir -p "$work"
copy="$work/dpodesk_fr.check.ts"
cp "$source/translations/dpodesk_fr.ts" "$copy"
"$lupdate" -silent -no-obsolete -locations none "$source/core" "$source/ui" "$source/app/gui" -ts "$copy" \
    -extensions cpp,h >/dev/null 2>"$work/lupdate.err"
# A tr() that lupdate cannot place in a class files its strings under another context than the one the program
# asks for at run time: the French would never be shown. Call QCoreApplication::translate("Context", "...").
if grep 'lacks Q_OBJECT' "$work/lupdate.err" >&2; then
    echo "Write QCoreApplication::translate(\"Context\", \"text\") there: lupdate cannot tell which context tr() means." >&2
    exit 1
fi
unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "translations/dpodesk_fr.ts: $unfinished message(s) without a French translation:" >&2
    grep -B3 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^ */  /' | head -40 >&2
    echo "Run: cmake --build --preset dev --target update_translations, then translate them." >&2
    exit 1
fi
echo "translations/dpodesk_fr.ts: every message translated"
