// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/attachmentcheck.h"

#include "common/sha256.h"
#include "storage/stores.h"

namespace dpodesk {

Result<AttachmentCheck> checkAttachments(const AttachmentFiles &files)
{
    AttachmentCheck check;
    auto read = files.forEach([&check](const Attachment &a, const std::optional<QByteArray> &bytes) {
        if (a.isPurged()) {
            ++check.purged;
            return;
        }
        ++check.checked;
        if (!bytes || sha256Hex(*bytes) != a.sha256) {
            check.mismatches << a;
        }
    });
    if (!read) {
        return read.error();
    }
    return check;
}

} // namespace dpodesk
