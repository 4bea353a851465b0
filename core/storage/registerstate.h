// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>

namespace dpodesk {

class Database;

/// The state of a case or of the register's settings as the audit trail records it: a SHA-256 over a canonical form
/// of every stored value (docs/architecture.md, "The audit trail covers the data"), plus a short fingerprint per
/// part so that a difference can be named. Every audit event carries the state after its change: the state of its
/// case, or for an event about the register, the state of the settings. `audit verify` recomputes the current state
/// of every case and of the settings and compares it with the last event: a direct edit, a deleted or an added case,
/// a changed setting are all seen, with the part that differs.
///
/// Text form: `case:1:<sha256 hex>:<part>.<fingerprint>,...`, `case:deleted`, or
/// `settings:1:<sha256 hex>:<key>.<fingerprint>,...`.
struct RecordedState {
    enum class Kind { None, Case, Deleted, Settings };
    Kind kind = Kind::None;
    QByteArray digest;                              ///< 64 hex digits
    QList<std::pair<QByteArray, QByteArray>> parts; ///< part code and fingerprint, in canonical order

    static RecordedState parse(QByteArrayView text);
    /// The parts whose fingerprints differ, or that only one of the two has.
    static QList<QByteArray> differingParts(const RecordedState &recorded, const RecordedState &current);
};

/// Computes states from what the database holds now (inside a write transaction: with the change being made).
class RegisterState final {
    Q_DECLARE_TR_FUNCTIONS(RegisterState)
public:
    static constexpr char kDeleted[] = "case:deleted";

    /// The state of a case, or kDeleted when there is no case with that reference.
    static Result<QByteArray> ofCase(Database &database, const QString &reference);
    /// The state of the settings: every key of the register's settings and the closure days.
    static Result<QByteArray> ofSettings(Database &database);
    /// The state of settings with no key and no closure day: what a new register starts with.
    static QByteArray emptySettings();
    /// Every case's state, in the order of the cases' ids, with its reference (one pass over each table).
    static Result<void> forEachCase(Database &database,
                                    const std::function<void(QByteArrayView reference, const QByteArray &state)> &visit,
                                    qint64 fromId = 0, qint64 toId = std::numeric_limits<qint64>::max());

    /// A part code in words ("the notes", "the data subject or the requester", "the setting organisation_name").
    static QString partLabel(QByteArrayView code);
};

} // namespace dpodesk
