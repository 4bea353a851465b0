#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli deadline --received YYYY-MM-DD [--suspension FROM:TO]... [--calendar NAME] [--json]
int runDeadline(const QStringList &arguments);

} // namespace dpodesk::cli
