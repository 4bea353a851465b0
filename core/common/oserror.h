// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace dpodesk {

/// An operating-system error (errno) in words a user can act on: "the disk is full" for ENOSPC and EDQUOT, the size
/// limit for EFBIG, "permission denied"...; otherwise the system's own text.
QString osErrorText(int error);

} // namespace dpodesk
