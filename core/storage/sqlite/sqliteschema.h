#pragma once

#include <QList>
#include <QStringList>

namespace dpodesk::sqliteschema {

/// The schema steps in SQLite's dialect (see schema::migrations): the tables whose keys and types are SQLite's own,
/// with the statements every dialect shares.
QList<QStringList> migrations();

} // namespace dpodesk::sqliteschema
