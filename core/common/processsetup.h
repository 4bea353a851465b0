// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace dpodesk {

/// What every DPO Desk program does first. Files it creates are its user's only (umask 077: the register, its
/// write-ahead log, backups, exports and the lock are 0600, folders 0700, whatever the umask it was started with).
/// A file-size limit (ulimit -f) makes a write fail with an error DPO Desk reports in words instead of killing the
/// process with SIGXFSZ half-way through.
void setUpProcess();

} // namespace dpodesk
