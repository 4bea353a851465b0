// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "register/processingrecord.h"

#include "common/clock.h"
#include "common/sha256.h"
#include "register/casebook.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dpodesk {

namespace {

Error problemsError(const QList<RecordProblem> &problems, const QString &what)
{
    QStringList lines;
    for (const RecordProblem &p : problems) {
        lines << p.toString();
    }
    Error e;
    e.code = Error::Code::Invalid;
    e.message = what + QLatin1Char(' ') + lines.join(QLatin1Char(' '));
    e.field = problems.isEmpty() ? QString() : problems.first().field;
    return e;
}

/// What an activity stores, for comparing an imported row with the stored one.
ProcessingActivity comparable(ProcessingActivity a)
{
    a.id = 0;
    a.updatedAt = {};
    return a;
}

DataSystem comparable(DataSystem s)
{
    s.id = 0;
    s.updatedAt = {};
    return s;
}

QJsonArray namesOf(const QStringList &names)
{
    return QJsonArray::fromStringList(names);
}

} // namespace

Result<QList<ProcessingActivity>> ProcessingRecord::activities() const
{
    return m_book.stores().record->activities();
}

Result<std::optional<ProcessingActivity>> ProcessingRecord::activity(const QString &name) const
{
    return m_book.stores().record->activity(name.trimmed());
}

Result<QList<DataSystem>> ProcessingRecord::systems() const
{
    return m_book.stores().record->systems();
}

Result<std::optional<DataSystem>> ProcessingRecord::system(const QString &name) const
{
    return m_book.stores().record->system(name.trimmed());
}

Result<QList<RecordProblem>> ProcessingRecord::systemProblems(const ProcessingActivity &activity) const
{
    QList<RecordProblem> problems;
    for (const QString &name : activity.systems) {
        auto found = m_book.stores().record->system(name);
        if (!found) {
            return found.error();
        }
        if (!*found) {
            problems << RecordProblem{
                0, QStringLiteral("systems"),
                tr("the system \"%1\" is not in the catalogue: import or add it first.").arg(name)};
        }
    }
    return problems;
}

Result<ProcessingActivity> ProcessingRecord::saveActivity(const ProcessingActivity &input)
{
    ProcessingActivity a = RecordRules::cleaned(input);
    QList<RecordProblem> problems = RecordRules::checkActivity(a);
    if (!problems.isEmpty()) {
        return problemsError(problems, tr("The activity cannot be kept:"));
    }
    a.updatedAt = m_book.clock().nowUtc();
    auto written = m_book.database().write([&]() -> Result<void> {
        auto missing = systemProblems(a);
        if (!missing) {
            return missing.error();
        }
        if (!missing->isEmpty()) {
            return problemsError(*missing, tr("The activity cannot be kept:"));
        }
        auto same = m_book.stores().record->activity(a.name);
        if (!same) {
            return same.error();
        }
        if (*same && (*same)->id != a.id) {
            return makeError(Error::Code::Conflict,
                             tr("The record already has an activity named \"%1\".").arg((*same)->name),
                             QStringLiteral("name"));
        }
        std::optional<ProcessingActivity> before;
        if (a.id != 0) {
            auto stored = m_book.stores().record->activity(a.id);
            if (!stored) {
                return stored.error();
            }
            if (!*stored) {
                return makeError(Error::Code::NotFound, tr("The activity was removed meanwhile."));
            }
            before = *stored;
        }
        auto id = m_book.stores().record->saveActivity(a);
        if (!id) {
            return id.error();
        }
        a.id = *id;
        QJsonObject details{{QStringLiteral("activity"), a.name}, {QStringLiteral("role"), name(a.role)}};
        if (before && before->name != a.name) {
            details.insert(QStringLiteral("renamed_from"), before->name);
        }
        auto event = m_book.audit().append(before ? QStringLiteral("record.activity.update")
                                                  : QStringLiteral("record.activity.add"),
                                           QString(), details);
        return event ? Result<void>() : Result<void>(event.error());
    });
    if (!written) {
        return written.error();
    }
    // As stored: the systems under their catalogue names.
    auto stored = m_book.stores().record->activity(a.id);
    if (!stored) {
        return stored.error();
    }
    return stored->value_or(a);
}

Result<void> ProcessingRecord::removeActivity(const QString &name)
{
    return m_book.database().write([&]() -> Result<void> {
        auto found = m_book.stores().record->activity(name.trimmed());
        if (!found) {
            return found.error();
        }
        if (!*found) {
            return makeError(Error::Code::NotFound, tr("The record has no activity named \"%1\".").arg(name));
        }
        auto cases = m_book.stores().record->casesNaming((*found)->id);
        if (!cases) {
            return cases.error();
        }
        if (*cases > 0) {
            return makeError(
                Error::Code::Conflict,
                tr("\"%1\" concerns %n case(s): it stays in the record as long as they name it.", "", *cases)
                    .arg((*found)->name));
        }
        if (auto ok = m_book.stores().record->removeActivity((*found)->id); !ok) {
            return ok;
        }
        auto event = m_book.audit().append(QStringLiteral("record.activity.remove"), QString(),
                                           QJsonObject{{QStringLiteral("activity"), (*found)->name}});
        return event ? Result<void>() : Result<void>(event.error());
    });
}

Result<DataSystem> ProcessingRecord::saveSystem(const DataSystem &input)
{
    DataSystem s = RecordRules::cleaned(input);
    const QList<RecordProblem> problems = RecordRules::checkSystem(s);
    if (!problems.isEmpty()) {
        return problemsError(problems, tr("The system cannot be kept:"));
    }
    s.updatedAt = m_book.clock().nowUtc();
    auto written = m_book.database().write([&]() -> Result<void> {
        auto same = m_book.stores().record->system(s.name);
        if (!same) {
            return same.error();
        }
        if (*same && (*same)->id != s.id) {
            return makeError(Error::Code::Conflict,
                             tr("The catalogue already has a system named \"%1\".").arg((*same)->name),
                             QStringLiteral("name"));
        }
        auto id = m_book.stores().record->saveSystem(s);
        if (!id) {
            return id.error();
        }
        const bool added = s.id == 0;
        s.id = *id;
        auto event = m_book.audit().append(
            added ? QStringLiteral("record.system.add") : QStringLiteral("record.system.update"), QString(),
            QJsonObject{{QStringLiteral("system"), s.name}, {QStringLiteral("owner"), s.ownerEmail}});
        return event ? Result<void>() : Result<void>(event.error());
    });
    if (!written) {
        return written.error();
    }
    return s;
}

Result<void> ProcessingRecord::removeSystem(const QString &name)
{
    return m_book.database().write([&]() -> Result<void> {
        auto found = m_book.stores().record->system(name.trimmed());
        if (!found) {
            return found.error();
        }
        if (!*found) {
            return makeError(Error::Code::NotFound, tr("The catalogue has no system named \"%1\".").arg(name));
        }
        auto using_ = m_book.stores().record->activitiesUsing((*found)->id);
        if (!using_) {
            return using_.error();
        }
        if (!using_->isEmpty()) {
            return makeError(Error::Code::Conflict, tr("\"%1\" is listed by the activities %2: remove it from them "
                                                       "first.")
                                                        .arg((*found)->name, using_->join(QStringLiteral(", "))));
        }
        auto tasks = m_book.stores().record->tasksFor((*found)->id);
        if (!tasks) {
            return tasks.error();
        }
        if (*tasks > 0) {
            return makeError(
                Error::Code::Conflict,
                tr("%n task(s) of cases name \"%1\": it stays in the catalogue as their proof.", "", *tasks)
                    .arg((*found)->name));
        }
        if (auto ok = m_book.stores().record->removeSystem((*found)->id); !ok) {
            return ok;
        }
        auto event = m_book.audit().append(QStringLiteral("record.system.remove"), QString(),
                                           QJsonObject{{QStringLiteral("system"), (*found)->name}});
        return event ? Result<void>() : Result<void>(event.error());
    });
}

namespace {

/// Writes the rows of a clean file (inside the caller's transaction): each row adds its record or replaces the one of
/// the same name, a row equal to what is stored changes nothing; one event names what was added and updated.
template <typename T, typename Find, typename Save>
Result<void> writeRows(CaseBook &book, const QList<ImportedRow<T>> &rows, const QByteArray &csv, const QString &action,
                       RecordImportSummary &summary, Find find, Save save)
{
    const QDateTime now = book.clock().nowUtc();
    QStringList added;
    QStringList updated;
    for (const ImportedRow<T> &row : rows) {
        T value = row.value;
        auto stored = find(value.name);
        if (!stored) {
            return stored.error();
        }
        if (*stored) {
            value.id = (*stored)->id;
            if (comparable(value) == comparable(**stored)) {
                ++summary.unchanged;
                continue;
            }
        }
        value.updatedAt = now;
        if (auto id = save(value); !id) {
            return id.error();
        }
        (*stored ? updated : added) << value.name;
    }
    summary.added = int(added.size());
    summary.updated = int(updated.size());
    if (added.isEmpty() && updated.isEmpty()) {
        return {};
    }
    auto event = book.audit().append(action, QString(),
                                     QJsonObject{{QStringLiteral("file_sha256"), sha256Hex(csv)},
                                                 {QStringLiteral("added"), namesOf(added)},
                                                 {QStringLiteral("updated"), namesOf(updated)},
                                                 {QStringLiteral("unchanged"), summary.unchanged}});
    return event ? Result<void>() : Result<void>(event.error());
}

} // namespace

Result<RecordImportSummary> ProcessingRecord::importActivities(const QByteArray &csv)
{
    RecordImportSummary summary;
    const RecordImport<ProcessingActivity> read = RecordRules::readActivities(csv);
    summary.problems = read.problems;
    RecordStore &store = *m_book.stores().record;
    auto written = m_book.database().write([&]() -> Result<void> {
        // The systems, read inside the transaction: a system removed meanwhile is a problem of the file.
        for (const ImportedRow<ProcessingActivity> &row : read.rows) {
            auto missing = systemProblems(row.value);
            if (!missing) {
                return missing.error();
            }
            for (RecordProblem p : std::as_const(*missing)) {
                p.line = row.line;
                summary.problems << p;
            }
        }
        std::stable_sort(summary.problems.begin(), summary.problems.end(),
                         [](const RecordProblem &a, const RecordProblem &b) { return a.line < b.line; });
        if (!summary.problems.isEmpty()) {
            return {}; // nothing written, nothing audited
        }
        return writeRows<ProcessingActivity>(
            m_book, read.rows, csv, QStringLiteral("record.import.activities"), summary,
            [&](const QString &name) { return store.activity(name); },
            [&](const ProcessingActivity &a) { return store.saveActivity(a); });
    });
    if (!written) {
        return written.error();
    }
    summary.imported = summary.problems.isEmpty();
    return summary;
}

Result<RecordImportSummary> ProcessingRecord::importSystems(const QByteArray &csv)
{
    RecordImportSummary summary;
    const RecordImport<DataSystem> read = RecordRules::readSystems(csv);
    summary.problems = read.problems;
    if (!read.ok()) {
        return summary;
    }
    RecordStore &store = *m_book.stores().record;
    auto written = m_book.database().write([&]() -> Result<void> {
        return writeRows<DataSystem>(
            m_book, read.rows, csv, QStringLiteral("record.import.systems"), summary,
            [&](const QString &name) { return store.system(name); },
            [&](const DataSystem &s) { return store.saveSystem(s); });
    });
    if (!written) {
        return written.error();
    }
    summary.imported = true;
    return summary;
}

} // namespace dpodesk
