// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli attachments add | list | export | verify | purge | verify-identity
int runAttachments(const QString &verb, const QStringList &arguments);
QStringList attachmentVerbs();

} // namespace dpodesk::cli
