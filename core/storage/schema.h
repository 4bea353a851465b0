// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dpodesk::schema {

/// The statements that bring the schema from version i to version i + 1, for i = 0 .. kSchemaVersion - 1, in the
/// dialect's SQL: every dialect has the same tables, columns and indexes, step by step. Values are stored alike in
/// all of them (dates as ISO-8601 text, flags as 0/1 integers, ids assigned by the database and read back with
/// INSERT ... RETURNING id), so that the repositories' queries read any register.
QList<QStringList> migrations(Dialect dialect);

/// The statements that read the same in every dialect, for each dialect's steps to take where they fall
/// (storage/sqlite/sqliteschema.cpp). A table whose keys or column types differ between databases is written by each
/// dialect.
namespace shared {

// Version 1: the register, its child tables and the audit trail.
QString metaTable();
QString referenceCountersTable();
QStringList caseIndexes();
QString caseRightsIndex();
QString closureDaysTable();
QString auditEventsIndex();
// Version 2: every sortable column of the queue sorts on an index.
QStringList queueSortIndexes();
// Version 3: the open queue sorts on small partial indexes of its own.
QStringList openQueueIndexes();
// Version 4: files kept with a case.
QString attachmentsIndex();
// Version 5: every audit event carries the state after its change.
QString auditEventStateColumn();

} // namespace shared

} // namespace dpodesk::schema
