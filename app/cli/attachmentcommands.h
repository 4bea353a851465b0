#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli attachments add | list | export | verify | purge | verify-identity
int runAttachments(const QString &verb, const QStringList &arguments);
QStringList attachmentVerbs();

} // namespace dpodesk::cli
