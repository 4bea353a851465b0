// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QStringList>

namespace dpodesk::sqliteschema {

/// The schema steps in SQLite's dialect (see schema::migrations): the tables whose keys and types are SQLite's own,
/// with the statements every dialect shares.
QList<QStringList> migrations();

} // namespace dpodesk::sqliteschema
