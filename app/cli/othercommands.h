#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli audit verify [--expect-head HASH]
int runAudit(const QString &verb, const QStringList &arguments);
/// dpodesk-cli demo --cases N [--seed S]
int runDemo(const QStringList &arguments);

} // namespace dpodesk::cli
