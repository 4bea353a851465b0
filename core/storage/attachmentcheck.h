// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "attachments/attachment.h"
#include "common/result.h"

#include <QList>

namespace dpodesk {

class AttachmentFiles;

/// What `attachments verify` found.
struct AttachmentCheck {
    int checked = 0;
    int purged = 0;
    QList<Attachment> mismatches; ///< stored bytes that no longer match their SHA-256
};

/// Recomputes the SHA-256 of every file kept (the register's own check, and a backup's before it is trusted).
Result<AttachmentCheck> checkAttachments(const AttachmentFiles &files);

} // namespace dpodesk
