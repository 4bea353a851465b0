#pragma once

#include <QStringList>

namespace dpodesk::schema {

/// The statements that bring the schema from version i to version i + 1, for i = 0 .. kSchemaVersion - 1.
/// Portable SQL (SQLite now, PostgreSQL later): no AUTOINCREMENT, no WITHOUT ROWID, dates as ISO-8601 text.
QList<QStringList> migrations();

} // namespace dpodesk::schema
