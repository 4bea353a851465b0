// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The fixture shared by tst_caserepository and tst_casequeries: a new register in a temporary folder for every test,
// a FixedClock on Thursday 26 November 2026 at 09:00 UTC, the repository on top, and helpers to build cases, read the
// audit trail behind the repository's back and compare what is stored. Every write must append exactly one audit
// event; closeRegister(), called by cleanup(), checks after each test that the audit trail still verifies.

#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "domain/caserecord.h"
#include "domain/enums.h"
#include "register/casebook.h"
#include "register/organisationsettings.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(dpodesk::CaseQuery)

namespace dpodesk {

/// Error codes by number in QCOMPARE failures (found by argument-dependent lookup).
inline char *toString(Error::Code code)
{
    return qstrdup(QByteArray::number(int(code)).constData());
}

} // namespace dpodesk

namespace repositorytest {

QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0, int second = 0, int ms = 0);
dpodesk::RightRequest pending(dpodesk::Right right, const QString &detail = {});
dpodesk::CaseRecord draft(const QString &firstName, const QString &lastName, QDate receivedOn,
                          const QList<dpodesk::Right> &rights = {dpodesk::Right::Access});
dpodesk::CaseQuery scoped(dpodesk::CaseQuery::Scope scope);

/// One row of audit_events, read without AuditLog.
struct StoredEvent {
    qint64 seq = 0;
    QString action;
    QString reference;
    QString rawDetails;
    QJsonObject details;
};

void comparePeople(const dpodesk::Person &actual, const dpodesk::Person &expected);
/// Every field of two cases, one QCOMPARE each, so that a failure names the field.
void compareCases(const dpodesk::CaseRecord &actual, const dpodesk::CaseRecord &expected);

// buildQueueRegister(): eight cases, one per situation, for Thursday 26 November 2026. Subjects carry only a last name
// naming the case.
//
//   name       received     channel   rights                status              deadline     on 26 Nov
//   Overdue    2026-10-20   e-mail    access                new                 2026-11-20   overdue
//   Today      2026-10-26   web form  access, erasure       in progress         2026-11-26   due soon (today)
//   Soon       2026-11-03   e-mail    erasure               in progress         2026-12-03   due soon (7 days)
//   Track      2026-11-04   post      objection             new                 2026-12-04   on track (8 days)
//   Stopped    2026-10-15   e-mail    access                awaiting identity   2026-11-16   clock stopped (open
//                                                                                              question 2026-10-20)
//   Extended   2026-11-10   e-mail    portability           in progress         2027-02-10   on track, extension
//                                                                                              notice due
//   Answered   2026-10-05   e-mail    erasure (granted)     answered 11-02      2026-11-05   done
//   Withdrawn  2025-12-10   post      access                withdrawn 12-15     2026-01-12   done

/// The register of one test. A test class derives from it, calls openRegister() from init() and closeRegister()
/// from cleanup().
class RepositoryFixture {
protected:
    /// A new register in a folder of its own, the clock on 26 November 2026 at 09:00 UTC, the calendar loaded.
    void openRegister();
    /// Closes the register, then checks that its audit trail still verifies.
    void closeRegister();

    dpodesk::CaseBook &repo() { return *m_repo; }
    dpodesk::OrganisationSettings &settings() { return *m_settings; }
    qint64 eventCount() const;
    StoredEvent lastEvent() const;
    qint64 childRows(const QString &table, qint64 caseId) const;
    dpodesk::Result<QStringList> names(const dpodesk::CaseQuery &query) const;
    void expectOneEvent(qint64 before, const QString &action, const QString &reference);
    void saveChecked(dpodesk::CaseRecord &record, const QString &action);
    /// The eight cases of the table above; eight audit events.
    void buildQueueRegister();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<dpodesk::FixedClock> m_clock;
    std::unique_ptr<dpodesk::Database> m_db;
    std::unique_ptr<dpodesk::CaseBook> m_repo;
    std::unique_ptr<dpodesk::OrganisationSettings> m_settings;
};

} // namespace repositorytest

#define COMPARE_CASES(actual, expected)                                                                                \
    do {                                                                                                               \
        compareCases((actual), (expected));                                                                            \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

#define EXPECT_ONE_EVENT(before, action, reference)                                                                    \
    do {                                                                                                               \
        expectOneEvent((before), (action), (reference));                                                               \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

#define SAVE_CHECKED(record, action)                                                                                   \
    do {                                                                                                               \
        saveChecked((record), (action));                                                                               \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)
