// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// What tst_killnine reads of a register, a backup or a kept copy from the test process itself (never through
// dpodesk-cli): the cases with their notes and attachments, the erased attachments, the audit trail's head, and the
// facts that must hold in any state (no reference twice, no case without its rights, no erased file with its bytes).

#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace killnine {

/// A connection of the test process to an SQLite file, closed when it goes. immutable: a file nobody writes (a
/// backup, a kept copy): nothing is created beside it and no lock is taken.
class SqlFile final {
public:
    SqlFile(const QString &path, bool immutable) : m_name(QStringLiteral("killnine-%1").arg(++s_serial))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (immutable) {
            db.setDatabaseName(QStringLiteral("file:%1?immutable=1").arg(path));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open()) {
            m_error = db.lastError().text();
        }
    }
    ~SqlFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(SqlFile)

    QString error() const { return m_error; }

    /// The rows of one statement, values bound in order; a failure is kept in error().
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {})
    {
        QList<QVariantList> result;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &value : values) {
            q.addBindValue(value);
        }
        if (!q.exec()) {
            m_error = sql + QStringLiteral(": ") + q.lastError().text();
            return result;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i) {
                row << q.value(i);
            }
            result << row;
        }
        return result;
    }

    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        const QList<QVariantList> all = rows(sql, values);
        return all.isEmpty() || all.first().isEmpty() ? QVariant() : all.first().first();
    }

private:
    static inline int s_serial = 0;
    QString m_name;
    QString m_error;
};

/// The data of a register as far as the suite follows it, and its audit trail's head.
struct RegisterState {
    QString error; ///< set when the file could not be read
    QSet<QString> references;
    QHash<QString, int> notes;       ///< per case
    QHash<QString, int> attachments; ///< per case, erased ones included
    QSet<qint64> erased;             ///< attachments whose bytes were erased
    QList<qint64> kept;              ///< attachments with their bytes
    qint64 headSeq = 0;
    QString headHash;
    QString headAction;
    // Facts that hold in every state:
    qint64 duplicateReferences = 0;
    qint64 casesWithoutRights = 0;
    qint64 erasedWithBytes = 0;
    qint64 keptWithoutBytes = 0;

    bool sameData(const RegisterState &other) const
    {
        return references == other.references && notes == other.notes && attachments == other.attachments &&
               erased == other.erased;
    }
    bool sameHead(const RegisterState &other) const { return headSeq == other.headSeq && headHash == other.headHash; }
    int noteCount() const { return sum(notes); }
    int attachmentCount() const { return sum(attachments); }

    QString describe() const
    {
        if (!error.isEmpty()) {
            return QStringLiteral("unreadable: ") + error;
        }
        return QStringLiteral("%1 case(s), %2 note(s), %3 attachment(s) (%4 erased), audit head %5 %6 (%7)")
            .arg(references.size())
            .arg(noteCount())
            .arg(attachmentCount())
            .arg(erased.size())
            .arg(headSeq)
            .arg(headHash.left(12), headAction);
    }

    /// What differs from other, in words (empty when the data are the same).
    QString differences(const RegisterState &other) const
    {
        QStringList what;
        QStringList gone = QStringList(QList<QString>(other.references.cbegin(), other.references.cend()));
        gone.erase(std::remove_if(gone.begin(), gone.end(), [&](const QString &r) { return references.contains(r); }),
                   gone.end());
        QStringList added = QStringList(QList<QString>(references.cbegin(), references.cend()));
        added.erase(
            std::remove_if(added.begin(), added.end(), [&](const QString &r) { return other.references.contains(r); }),
            added.end());
        if (!gone.isEmpty()) {
            gone.sort();
            what << QStringLiteral("missing %1").arg(gone.join(u' '));
        }
        if (!added.isEmpty()) {
            added.sort();
            what << QStringLiteral("extra %1").arg(added.join(u' '));
        }
        for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
            if (other.notes.contains(it.key()) && other.notes.value(it.key()) != it.value()) {
                what << QStringLiteral("%1: %2 note(s) instead of %3")
                            .arg(it.key())
                            .arg(it.value())
                            .arg(other.notes.value(it.key()));
            }
        }
        for (auto it = attachments.cbegin(); it != attachments.cend(); ++it) {
            if (other.attachments.contains(it.key()) && other.attachments.value(it.key()) != it.value()) {
                what << QStringLiteral("%1: %2 attachment(s) instead of %3")
                            .arg(it.key())
                            .arg(it.value())
                            .arg(other.attachments.value(it.key()));
            }
        }
        if (erased != other.erased) {
            what << QStringLiteral("%1 erased attachment(s) instead of %2").arg(erased.size()).arg(other.erased.size());
        }
        return what.join(QStringLiteral("; "));
    }

private:
    static int sum(const QHash<QString, int> &counts)
    {
        int total = 0;
        for (const int n : counts) {
            total += n;
        }
        return total;
    }
};

inline RegisterState readState(const QString &path, bool immutable)
{
    RegisterState s;
    SqlFile file(path, immutable);
    if (!file.error().isEmpty()) {
        s.error = file.error();
        return s;
    }
    const QList<QVariantList> cases =
        file.rows(QStringLiteral("SELECT c.reference, (SELECT count(*) FROM notes n WHERE n.case_id = c.id), "
                                 "(SELECT count(*) FROM attachments a WHERE a.case_id = c.id) FROM cases c"));
    for (const QVariantList &row : cases) {
        const QString reference = row.at(0).toString();
        s.references.insert(reference);
        s.notes.insert(reference, row.at(1).toInt());
        s.attachments.insert(reference, row.at(2).toInt());
    }
    const QList<QVariantList> files = file.rows(
        QStringLiteral("SELECT a.id, a.purged_at IS NOT NULL, EXISTS (SELECT 1 FROM attachment_contents b WHERE "
                       "b.attachment_id = a.id) FROM attachments a ORDER BY a.id"));
    for (const QVariantList &row : files) {
        const bool erased = row.at(1).toBool();
        const bool bytes = row.at(2).toBool();
        if (erased) {
            s.erased.insert(row.at(0).toLongLong());
        } else {
            s.kept << row.at(0).toLongLong();
        }
        s.erasedWithBytes += erased && bytes ? 1 : 0;
        s.keptWithoutBytes += !erased && !bytes ? 1 : 0;
    }
    const QList<QVariantList> head =
        file.rows(QStringLiteral("SELECT seq, hash, action FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!head.isEmpty()) {
        s.headSeq = head.first().at(0).toLongLong();
        s.headHash = head.first().at(1).toString();
        s.headAction = head.first().at(2).toString();
    }
    s.duplicateReferences =
        file.value(QStringLiteral("SELECT count(*) - count(DISTINCT reference) FROM cases")).toLongLong();
    s.casesWithoutRights = file.value(QStringLiteral("SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM "
                                                     "case_rights r WHERE r.case_id = c.id)"))
                               .toLongLong();
    s.error = file.error();
    return s;
}

/// The hash of the audit event seq of the file, and the actions recorded after it.
struct TrailFrom {
    QString hashAt;
    QStringList actionsAfter;
};

inline TrailFrom trailFrom(const QString &path, qint64 seq)
{
    TrailFrom t;
    SqlFile file(path, false);
    t.hashAt = file.value(QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"), {seq}).toString();
    for (const QVariantList &row :
         file.rows(QStringLiteral("SELECT action FROM audit_events WHERE seq > ? ORDER BY seq"), {seq})) {
        t.actionsAfter << row.first().toString();
    }
    return t;
}

} // namespace killnine
