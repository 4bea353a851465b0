#pragma once

#include <QStringList>

namespace dpodesk::cli {

/// dpodesk-cli backup --out FILE | --rotate [--keep N] [--folder DIR]
int runBackup(const QStringList &arguments);
/// dpodesk-cli restore FILE --yes | --check
int runRestore(const QStringList &arguments);

} // namespace dpodesk::cli
