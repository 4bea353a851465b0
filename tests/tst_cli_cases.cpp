// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// dpodesk-cli from the outside, the register: a case's life, refusals, the audit trail's hash chain, the demo
// register and files that are not registers. Every test runs the built binary (DPODESK_CLI_PATH, through
// clirunner.h) with QProcess, checks its exit code, its stdout (JSON with --json) and its stderr, and keeps its
// register in its own temporary directory. "Today" is fixed with DPODESK_TODAY.
//
// Expected deadlines were worked out by hand from docs/rules.md#the-clock (the clock, the holiday calendars) and
// checked against the binary.

#include "clirunner.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace clitest;

class TestCliCases final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // A case from intake to closure, and the audit trail of it.
    void caseLifecycle();

    // Refusals.
    void refusesFutureReceivedDate();
    void refusesMalformedEmail_data();
    void refusesMalformedEmail();
    void refusesExtensionAfterInitialDeadline();

    // Input hygiene: text is cleaned when stored and escaped when printed; limits, dates and links are checked.
    void hostileTextIsStoredClean();
    void dirtyRegisterIsPrintedSafely();
    void refusesOverlongName();
    void refusesDatesBeforeTheGdpr_data();
    void refusesDatesBeforeTheGdpr();
    void refusesUnknownLinkedCase();

    // The audit trail's hash chain.
    void auditDetectsEditedEvent();
    void auditDetectsDeletedEvent();
    void auditExpectHead();

    // The demo register.
    void demoRegister();

    // A file that is not a register is refused and left alone.
    void notADatabase_data();
    void notADatabase();

private:
    Run run(const QStringList &args) const { return m_cli.run(args); }
    /// Adds Élodie Dupré (DR-2026-0001), Wei Wang (DR-2026-0002) and suspends the first: three audit events.
    void fillRegister(const QString &path);

    CliRunner m_cli;
};

void TestCliCases::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli.setUp();
}

void TestCliCases::fillRegister(const QString &path)
{
    const Run elodie = run(
        words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--email", "elodie.dupre@example.fr",
               "--right", "access", "--right", "erasure", "--received", "2026-11-02", "--json"})
        << databaseOption(path));
    CLI_VERIFY_JSON(elodie);
    QCOMPARE(str(elodie.object(), "reference"), QStringLiteral("DR-2026-0001"));
    const Run wei = run(words({"case", "add", "--first-name", "伟", "--last-name", "王", "--right", "rectification",
                               "--received", "2026-10-20", "--json"})
                        << databaseOption(path));
    CLI_VERIFY_JSON(wei);
    QCOMPARE(str(wei.object(), "reference"), QStringLiteral("DR-2026-0002"));
    const Run suspended =
        run(words({"case", "suspend", "DR-2026-0001", "--reason", "identity", "--asked-on", "2026-11-10", "--json"})
            << databaseOption(path));
    CLI_VERIFY_JSON(suspended);
}

// ---------------------------------------------------------------------------------------------------------------------
// A case's life

void TestCliCases::caseLifecycle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));
    int writes = 0;

    // Intake. Received 2 Nov 2026 -> Wednesday 2 Dec 2026; extended: Tuesday 2 Feb 2027.
    const Run added = run(
        words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--email", "elodie.dupre@example.fr",
               "--right", "access", "--right", "erasure", "--received", "2026-11-02", "--json"})
        << db);
    CLI_VERIFY_JSON(added);
    ++writes;
    QJsonObject c = added.object();
    QCOMPARE(str(c, "reference"), QStringLiteral("DR-2026-0001"));
    QCOMPARE(str(c, "status"), QStringLiteral("new"));
    QCOMPARE(str(c, "received_on"), QStringLiteral("2026-11-02"));
    QCOMPARE(str(c, "initial_deadline"), QStringLiteral("2026-12-02"));
    QCOMPARE(str(c, "extended_deadline"), QStringLiteral("2027-02-02"));
    QCOMPARE(str(c, "deadline"), QStringLiteral("2026-12-02"));
    QCOMPARE(c.value(QLatin1String("days_left")).toInt(), 6);
    const QJsonObject subject = c.value(QLatin1String("subject")).toObject();
    QCOMPARE(str(subject, "first_name"), QStringLiteral("Élodie"));
    QCOMPARE(str(subject, "last_name"), QStringLiteral("Dupré"));
    QCOMPARE(str(subject, "email"), QStringLiteral("elodie.dupre@example.fr"));
    const QJsonArray rights = c.value(QLatin1String("rights")).toArray();
    QCOMPARE(rights.size(), 2);
    QCOMPARE(str(rights.at(0).toObject(), "right"), QStringLiteral("access"));
    QCOMPARE(str(rights.at(1).toObject(), "right"), QStringLiteral("erasure"));
    for (const QJsonValue &right : rights) {
        QCOMPARE(str(right.toObject(), "outcome"), QStringLiteral("pending"));
    }

    // A second case, a non-Latin name, received earlier: deadline Friday 20 Nov 2026, already overdue.
    const Run wei = run(words({"case", "add", "--first-name", "伟", "--last-name", "王", "--right", "rectification",
                               "--right", "objection", "--received", "2026-10-20", "--json"})
                        << db);
    CLI_VERIFY_JSON(wei);
    ++writes;
    QCOMPARE(str(wei.object(), "reference"), QStringLiteral("DR-2026-0002"));
    QCOMPARE(str(wei.object().value(QLatin1String("subject")).toObject(), "last_name"), QStringLiteral("王"));
    QCOMPARE(str(wei.object(), "deadline"), QStringLiteral("2026-11-20"));

    // The open cases, by deadline.
    const Run listed = run(words({"case", "list", "--json"}) << db);
    CLI_VERIFY_JSON(listed);
    QVERIFY(listed.json.isArray());
    const QJsonArray rows = listed.array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(str(rows.at(0).toObject(), "reference"), QStringLiteral("DR-2026-0002"));
    QCOMPARE(str(rows.at(0).toObject(), "deadline"), QStringLiteral("2026-11-20"));
    QCOMPARE(str(rows.at(0).toObject(), "urgency"), QStringLiteral("overdue"));
    QCOMPARE(str(rows.at(1).toObject(), "reference"), QStringLiteral("DR-2026-0001"));
    QCOMPARE(str(rows.at(1).toObject(), "deadline"), QStringLiteral("2026-12-02"));
    QCOMPARE(str(rows.at(1).toObject(), "subject"), QStringLiteral("Élodie Dupré"));
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("rights")).toArray(),
             QJsonArray::fromStringList(words({"access", "erasure"})));

    // Search without the accent and in lower case.
    const Run found = run(words({"case", "list", "--search", "dupre", "--json"}) << db);
    CLI_VERIFY_JSON(found);
    QCOMPARE(found.array().size(), 1);
    QCOMPARE(str(found.array().at(0).toObject(), "reference"), QStringLiteral("DR-2026-0001"));
    QCOMPARE(str(found.array().at(0).toObject(), "subject"), QStringLiteral("Élodie Dupré"));
    const Run foundWei = run(words({"case", "list", "--search", "王", "--json"}) << db);
    CLI_VERIFY_JSON(foundWei);
    QCOMPARE(foundWei.array().size(), 1);
    QCOMPARE(str(foundWei.array().at(0).toObject(), "reference"), QStringLiteral("DR-2026-0002"));

    // Identity check: the clock stops.
    const Run suspended = run(
        words({"case", "suspend", "DR-2026-0001", "--reason", "identity", "--asked-on", "2026-11-10", "--json"}) << db);
    CLI_VERIFY_JSON(suspended);
    ++writes;
    c = suspended.object();
    QCOMPARE(str(c, "status"), QStringLiteral("awaiting-identity"));
    QCOMPARE(str(c, "clock_stopped_since"), QStringLiteral("2026-11-10"));
    QCOMPARE(str(c, "urgency"), QStringLiteral("clock_stopped"));
    QCOMPARE(c.value(QLatin1String("suspended_days")).toInt(), 0);
    const Run stoppedRows = run(words({"case", "list", "--search", "dupre", "--json"}) << db);
    CLI_VERIFY_JSON(stoppedRows);
    QCOMPARE(stoppedRows.array().size(), 1);
    QCOMPARE(str(stoppedRows.array().at(0).toObject(), "clock_stopped_since"), QStringLiteral("2026-11-10"));
    QCOMPARE(str(stoppedRows.array().at(0).toObject(), "status"), QStringLiteral("awaiting-identity"));

    // The answer arrives 7 days later: 2 Dec + 7 = Wednesday 9 Dec; extended: 2 Feb 2027 + 7 = Tuesday 9 Feb 2027.
    const Run resumed = run(words({"case", "resume", "DR-2026-0001", "--answered-on", "2026-11-17", "--json"}) << db);
    CLI_VERIFY_JSON(resumed);
    ++writes;
    c = resumed.object();
    QCOMPARE(str(c, "status"), QStringLiteral("in-progress"));
    QVERIFY(c.value(QLatin1String("clock_stopped_since")).isNull());
    QCOMPARE(c.value(QLatin1String("suspended_days")).toInt(), 7);
    QCOMPARE(str(c, "initial_deadline"), QStringLiteral("2026-12-09"));
    QCOMPARE(str(c, "extended_deadline"), QStringLiteral("2027-02-09"));
    QCOMPARE(str(c, "deadline"), QStringLiteral("2026-12-09"));
    const QJsonArray suspensions = c.value(QLatin1String("suspensions")).toArray();
    QCOMPARE(suspensions.size(), 1);
    QCOMPARE(str(suspensions.at(0).toObject(), "asked_on"), QStringLiteral("2026-11-10"));
    QCOMPARE(str(suspensions.at(0).toObject(), "answered_on"), QStringLiteral("2026-11-17"));

    // Extension: once.
    const Run extended = run(words({"case", "extend", "DR-2026-0001", "--reason", "complexity", "--justification",
                                    "Data spread over several systems.", "--json"})
                             << db);
    CLI_VERIFY_JSON(extended);
    ++writes;
    c = extended.object();
    QCOMPARE(str(c, "deadline"), QStringLiteral("2027-02-09"));
    const QJsonObject extension = c.value(QLatin1String("extension")).toObject();
    QCOMPARE(str(extension, "decided_on"), QStringLiteral("2026-11-26"));
    QCOMPARE(str(extension, "reason"), QStringLiteral("complexity"));
    QCOMPARE(str(extension, "justification"), QStringLiteral("Data spread over several systems."));
    QCOMPARE(c.value(QLatin1String("extension_notice_due")).toBool(), true);

    const Run again =
        run(words({"case", "extend", "DR-2026-0001", "--reason", "complexity", "--justification", "Again.", "--json"})
            << db);
    CLI_VERIFY_REFUSED(again, kFailure, QStringLiteral("already extended"));

    // A refusal without its ground and reasons is refused, and changes nothing.
    const Run noGround = run(words({"case", "answer", "DR-2026-0001", "--outcome", "erasure=refused", "--json"}) << db);
    CLI_VERIFY_REFUSED(noGround, kFailure, QStringLiteral("legal ground"));
    const Run noReason = run(words({"case", "answer", "DR-2026-0001", "--outcome", "erasure=refused", "--ground",
                                    "erasure=erasure-exception", "--json"})
                             << db);
    CLI_VERIFY_REFUSED(noReason, kFailure, QStringLiteral("legal ground"));
    const Run unchanged = run(words({"case", "show", "DR-2026-0001", "--json"}) << db);
    CLI_VERIFY_JSON(unchanged);
    c = unchanged.object();
    QCOMPARE(str(c, "status"), QStringLiteral("in-progress"));
    QVERIFY(c.value(QLatin1String("answered_on")).isNull());
    QCOMPARE(str(c, "deadline"), QStringLiteral("2027-02-09"));
    for (const QJsonValue &right : c.value(QLatin1String("rights")).toArray()) {
        QCOMPARE(str(right.toObject(), "outcome"), QStringLiteral("pending"));
        QVERIFY(right.toObject().value(QLatin1String("refusal_ground")).isNull());
    }

    // The ground must fit the right, in the same words as the desk (docs/rules.md#outcomes-and-refusal-grounds):
    // an exception to erasure names its point of art. 17(3); "legal obligation" names its text.
    const Run noPoint = run(words({"case", "answer", "DR-2026-0001", "--outcome", "erasure=refused", "--ground",
                                   "erasure=erasure-exception", "--reason", "erasure=Invoices are kept.", "--json"})
                            << db);
    CLI_VERIFY_REFUSED(noPoint, kFailure, QStringLiteral("Name the point of art. 17(3)"));
    const Run notFitting = run(words({"case", "answer", "DR-2026-0001", "--outcome", "erasure=refused", "--ground",
                                      "erasure=compelling-grounds", "--reason", "erasure=Invoices are kept.", "--json"})
                               << db);
    CLI_VERIFY_REFUSED(notFitting, kFailure, QStringLiteral("is not a ground for refusing \"Erasure\""));
    const Run noText = run(words({"case", "answer", "DR-2026-0001", "--outcome", "erasure=refused", "--ground",
                                  "erasure=legal-obligation", "--reason", "erasure=Invoices are kept.", "--json"})
                           << db);
    CLI_VERIFY_REFUSED(noText, kFailure, QStringLiteral("needs the legal text"));

    // With ground and reasons: access granted, erasure refused.
    const Run answered = run(
        words({"case", "answer", "DR-2026-0001", "--outcome", "erasure=refused", "--ground", "erasure=legal-obligation",
               "--reason", "erasure=Invoices must be kept ten years (Code de commerce art. L123-22).", "--json"})
        << db);
    CLI_VERIFY_JSON(answered);
    ++writes;
    c = answered.object();
    QCOMPARE(str(c, "status"), QStringLiteral("answered"));
    QCOMPARE(str(c, "answered_on"), QStringLiteral("2026-11-26"));
    QVERIFY2(!c.contains(QLatin1String("warnings")), answered.describe().constData()); // on time, within the month
    QHash<QString, QJsonObject> byRight;
    for (const QJsonValue &right : c.value(QLatin1String("rights")).toArray()) {
        byRight.insert(str(right.toObject(), "right"), right.toObject());
    }
    QCOMPARE(byRight.size(), 2);
    QCOMPARE(str(byRight.value(QStringLiteral("access")), "outcome"), QStringLiteral("granted"));
    QCOMPARE(str(byRight.value(QStringLiteral("erasure")), "outcome"), QStringLiteral("refused"));
    QCOMPARE(str(byRight.value(QStringLiteral("erasure")), "refusal_ground"), QStringLiteral("legal-obligation"));
    QCOMPARE(str(byRight.value(QStringLiteral("erasure")), "refusal_reason"),
             QStringLiteral("Invoices must be kept ten years (Code de commerce art. L123-22)."));
    QCOMPARE(str(byRight.value(QStringLiteral("erasure")), "decided_on"), QStringLiteral("2026-11-26"));

    const Run closed = run(words({"case", "close", "DR-2026-0001", "--json"}) << db);
    CLI_VERIFY_JSON(closed);
    ++writes;
    QCOMPARE(str(closed.object(), "status"), QStringLiteral("closed"));
    QCOMPARE(str(closed.object(), "closed_on"), QStringLiteral("2026-11-26"));
    QCOMPARE(str(closed.object(), "urgency"), QStringLiteral("done"));

    // Open cases: only Wei Wang's; closed ones: only Élodie's.
    const Run stillOpen = run(words({"case", "list", "--json"}) << db);
    CLI_VERIFY_JSON(stillOpen);
    QCOMPARE(stillOpen.array().size(), 1);
    QCOMPARE(str(stillOpen.array().at(0).toObject(), "reference"), QStringLiteral("DR-2026-0002"));
    const Run closedRows = run(words({"case", "list", "--closed", "--json"}) << db);
    CLI_VERIFY_JSON(closedRows);
    QCOMPARE(closedRows.array().size(), 1);
    QCOMPARE(str(closedRows.array().at(0).toObject(), "reference"), QStringLiteral("DR-2026-0001"));
    QCOMPARE(str(closedRows.array().at(0).toObject(), "status"), QStringLiteral("closed"));

    // One audit event per successful write, none for the refused ones.
    const Run audit = run(words({"audit", "verify", "--json"}) << db);
    CLI_VERIFY_JSON(audit);
    const QJsonObject v = audit.object();
    QCOMPARE(v.value(QLatin1String("intact")).toBool(), true);
    QCOMPARE(v.value(QLatin1String("events")).toInt(), writes);
    QVERIFY2(sha256Pattern().match(str(v, "head_hash")).hasMatch(), audit.describe().constData());
    QVERIFY(v.value(QLatin1String("first_broken_seq")).isNull());
    QVERIFY(v.value(QLatin1String("problem")).isNull());
}

// ---------------------------------------------------------------------------------------------------------------------
// Refusals

void TestCliCases::refusesFutureReceivedDate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));

    const Run future = run(words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--right", "access",
                                  "--received", "2026-12-01", "--json"})
                           << db);
    CLI_VERIFY_REFUSED(future, kFailure, QStringLiteral("2026-12-01"));
    QVERIFY2(future.err.contains("future"), future.describe().constData());

    // Nothing was stored and no reference was used up.
    const Run today = run(words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--right", "access",
                                 "--received", "2026-11-26", "--json"})
                          << db);
    CLI_VERIFY_JSON(today);
    QCOMPARE(str(today.object(), "reference"), QStringLiteral("DR-2026-0001"));
    const Run audit = run(words({"audit", "verify", "--json"}) << db);
    CLI_VERIFY_JSON(audit);
    QCOMPARE(audit.object().value(QLatin1String("events")).toInt(), 1);
}

void TestCliCases::refusesMalformedEmail_data()
{
    QTest::addColumn<QString>("email");

    QTest::newRow("no at sign") << QStringLiteral("elodie.dupre");
    QTest::newRow("no domain") << QStringLiteral("elodie.dupre@");
    QTest::newRow("no local part") << QStringLiteral("@example.fr");
    QTest::newRow("two at signs") << QStringLiteral("elodie@@example.fr");
    QTest::newRow("a space") << QStringLiteral("elodie dupre@example.fr");
    QTest::newRow("two dots") << QStringLiteral("elodie..dupre@example.fr");
    QTest::newRow("underscore in the domain") << QStringLiteral("elodie@exa_mple.fr");
}

void TestCliCases::refusesMalformedEmail()
{
    QFETCH(QString, email);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));
    const Run r = run(words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--right", "access",
                             "--received", "2026-11-02", "--json", "--email"})
                      << email << db);
    CLI_VERIFY_REFUSED(r, kFailure, email);
    QVERIFY2(r.err.contains("e-mail"), r.describe().constData());

    const Run listed = run(words({"case", "list", "--all", "--json"}) << db);
    CLI_VERIFY_JSON(listed);
    QCOMPARE(listed.array().size(), 0);
}

void TestCliCases::refusesExtensionAfterInitialDeadline()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));

    // Received 1 Sep 2026 -> Thursday 1 Oct 2026, long gone on 26 Nov.
    const Run added = run(words({"case", "add", "--first-name", "Élodie", "--last-name", "Dupré", "--right", "access",
                                 "--received", "2026-09-01", "--json"})
                          << db);
    CLI_VERIFY_JSON(added);
    QCOMPARE(str(added.object(), "initial_deadline"), QStringLiteral("2026-10-01"));

    const Run late = run(words({"case", "extend", "DR-2026-0001", "--reason", "complexity", "--justification",
                                "Data spread over several systems.", "--on", "2026-11-26", "--json"})
                         << db);
    CLI_VERIFY_REFUSED(late, kFailure, QStringLiteral("2026-10-01"));

    const Run shown = run(words({"case", "show", "DR-2026-0001", "--json"}) << db);
    CLI_VERIFY_JSON(shown);
    QVERIFY(shown.object().value(QLatin1String("extension")).isNull());
    QCOMPARE(str(shown.object(), "deadline"), QStringLiteral("2026-10-01"));
}

// ---------------------------------------------------------------------------------------------------------------------
// Input hygiene

namespace {

/// Where the output holds a character dpodesk-cli must not print raw (a control other than the line feeds ending its
/// lines, a bidirectional or invisible format character), as "byte N: U+XXXX", or empty.
QString rawControl(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool control = c.category() == QChar::Other_Control && c != u'\n';
        if (control || c.category() == QChar::Other_Format || c == QChar(0x2028) || c == QChar(0x2029)) {
            return QStringLiteral("character %1: U+%2").arg(i).arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
    }
    return {};
}

/// The output is safe for a terminal and has exactly `lines` lines.
QByteArray unsafeOutput(const Run &r, qsizetype lines)
{
    QByteArray problem;
    for (const QByteArray *stream : {&r.out, &r.err}) {
        const QString raw = rawControl(*stream);
        if (!raw.isEmpty()) {
            problem += "raw " + raw.toUtf8() + (stream == &r.out ? " on stdout\n" : " on stderr\n");
        }
    }
    if (r.out.count('\n') != lines) {
        problem += "stdout has " + QByteArray::number(r.out.count('\n')) + " lines, expected " +
                   QByteArray::number(lines) + "\n";
    }
    return problem.isEmpty() ? problem : problem + r.describe();
}

} // namespace

#define CLI_VERIFY_SAFE(result, lines)                                                                                 \
    do {                                                                                                               \
        const QByteArray problem_ = unsafeOutput((result), (lines));                                                   \
        QVERIFY2(problem_.isEmpty(), problem_.constData());                                                            \
    } while (false)

void TestCliCases::hostileTextIsStoredClean()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));
    // A name that clears the screen, a last name that draws a fake line of the queue, a right-to-left override.
    const QString first = QStringLiteral("Jean\x1b[2J\u202E");
    const QString last = QStringLiteral("Dupont\nDR-2026-0099  2026-11-27  Overdue by 1 day");
    const Run added = run(words({"case", "add", "--right", "access", "--received", "2026-11-02", "--json"})
                          << QStringLiteral("--first-name") << first << QStringLiteral("--last-name") << last
                          << QStringLiteral("--note") << QStringLiteral("Called\r\nback\u200B\a") << db);
    CLI_VERIFY_JSON(added);
    const QJsonObject subject = added.object().value(QLatin1String("subject")).toObject();
    QCOMPARE(str(subject, "first_name"), QStringLiteral("Jean[2J"));
    QCOMPARE(str(subject, "last_name"), QStringLiteral("Dupont DR-2026-0099 2026-11-27 Overdue by 1 day"));
    const QJsonArray notes = added.object().value(QLatin1String("notes")).toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(str(notes.first().toObject(), "text"), QStringLiteral("Called\nback"));

    const Run listed = run(words({"case", "list"}) << db);
    CLI_VERIFY_EXIT(listed, kOk);
    CLI_VERIFY_SAFE(listed, 1);
    const Run shown = run(words({"case", "show", "DR-2026-0001"}) << db);
    CLI_VERIFY_EXIT(shown, kOk);
    CLI_VERIFY_SAFE(shown, 1);
    QVERIFY2(shown.out.contains("Jean[2J Dupont DR-2026-0099"), shown.describe().constData());
}

void TestCliCases::dirtyRegisterIsPrintedSafely()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    fillRegister(path);
    // A register written before the cleaning, or by another program: the printing side is safe on its own.
    int rows = 0;
    const QString error = execSql(path,
                                  QStringLiteral("UPDATE cases SET subject_last_name = 'Dupré' || char(27) || '[2J' || "
                                                 "char(10) || 'DR-2026-0099  fake' || char(8238) || 'fdp.exe' "
                                                 "WHERE reference = 'DR-2026-0001'"),
                                  &rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows, 1);

    const Run listed = run(words({"case", "list"}) << databaseOption(path));
    CLI_VERIFY_EXIT(listed, kOk);
    CLI_VERIFY_SAFE(listed, 2);
    QVERIFY2(listed.out.contains("Dupré\\x1b[2J\\nDR-2026-0099  fake\\u202efdp.exe"), listed.describe().constData());
    const Run shown = run(words({"case", "show", "DR-2026-0001"}) << databaseOption(path));
    CLI_VERIFY_EXIT(shown, kOk);
    CLI_VERIFY_SAFE(shown, 1);
    QVERIFY2(shown.out.contains("\\x1b[2J"), shown.describe().constData());

    // JSON stays data: valid, with the characters as stored (JSON escapes the controls itself).
    const Run json = run(words({"case", "list", "--json"}) << databaseOption(path));
    CLI_VERIFY_JSON(json);
    QVERIFY(json.out.contains("\\u001b[2J\\nDR-2026-0099"));
    const QJsonArray cases = json.array();
    QVERIFY(std::any_of(cases.begin(), cases.end(), [](const QJsonValue &c) {
        return c.toObject().value(QLatin1String("subject")).toString().contains(QChar(0x202E));
    }));

    // An error that quotes what was typed.
    const Run unknown =
        run(QStringList{QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("DR-2026-0001\x1b[2J\u202E")}
            << databaseOption(path));
    CLI_VERIFY_EXIT(unknown, kFailure);
    CLI_VERIFY_SAFE(unknown, 0);
    QVERIFY2(unknown.err.contains("There is no case DR-2026-0001\\x1b[2J\\u202e"), unknown.describe().constData());

    // The audit trail as stored, tampered with an escape sequence in an action.
    QCOMPARE(
        execSql(path,
                QStringLiteral("UPDATE audit_events SET action = 'case.create' || char(27) || '[2J' WHERE seq = 1"),
                &rows),
        QString());
    const Run audit = run(words({"audit", "verify"}) << databaseOption(path));
    CLI_VERIFY_EXIT(audit, kIntegrityFailure);
    // The broken link, then the name edited behind DPO Desk's back (the trail proves the data), then the head.
    CLI_VERIFY_SAFE(audit, 4);
    QVERIFY2(audit.out.contains("case.create\\x1b[2J"), audit.describe().constData());
    QVERIFY2(audit.out.contains("Case DR-2026-0001 was changed outside DPO Desk"), audit.describe().constData());
}

void TestCliCases::refusesOverlongName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));
    // 131,000 characters: once accepted (a single argument is limited to 128 KiB by Linux).
    const Run r = run(words({"case", "add", "--right", "access", "--received", "2026-11-02", "--last-name"})
                      << QString(131000, u'x') << db);
    CLI_VERIFY_REFUSED(r, kFailure, QStringLiteral("last name"));
    QVERIFY2(r.err.contains("200") && r.err.size() < 400, r.err.left(400).constData());
    const Run listed = run(words({"case", "list", "--all", "--json"}) << db);
    CLI_VERIFY_JSON(listed);
    QCOMPARE(listed.array().size(), 0);
}

void TestCliCases::refusesDatesBeforeTheGdpr_data()
{
    QTest::addColumn<QString>("received");
    QTest::newRow("1899") << QStringLiteral("1899-01-01");
    QTest::newRow("year 1") << QStringLiteral("0001-01-01");
    QTest::newRow("the day before the GDPR applied") << QStringLiteral("2018-05-24");
}

void TestCliCases::refusesDatesBeforeTheGdpr()
{
    QFETCH(QString, received);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));
    const Run r =
        run(words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received"}) << received << db);
    CLI_VERIFY_REFUSED(r, kFailure, QStringLiteral("2018-05-25"));
    const Run listed = run(words({"case", "list", "--all", "--json"}) << db);
    CLI_VERIFY_JSON(listed);
    QCOMPARE(listed.array().size(), 0);
    // The first day is accepted.
    CLI_VERIFY_JSON(
        run(words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received", "2018-05-25", "--json"})
            << db));
}

void TestCliCases::refusesUnknownLinkedCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("register.sqlite")));
    CLI_VERIFY_JSON(
        run(words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received", "2026-11-02", "--json"})
            << db));
    const QStringList complaint = words({"case", "add", "--last-name", "Dupré", "--right", "cnil-complaint",
                                         "--received", "2026-11-20", "--cnil-due", "2026-12-20", "--linked-case"});
    CLI_VERIFY_REFUSED(run(QStringList(complaint) << QStringLiteral("DR-2026-9999") << db), kFailure,
                       QStringLiteral("There is no case DR-2026-9999"));
    CLI_VERIFY_REFUSED(run(QStringList(complaint) << QStringLiteral("May's") << db), kFailure,
                       QStringLiteral("DR-YYYY-NNNN"));
    const Run listed = run(words({"case", "list", "--all", "--json"}) << db);
    CLI_VERIFY_JSON(listed);
    QCOMPARE(listed.array().size(), 1);

    const Run linked = run(QStringList(complaint) << QStringLiteral("dr-2026-0001") << QStringLiteral("--json") << db);
    CLI_VERIFY_JSON(linked);
    QCOMPARE(str(linked.object(), "linked_case"), QStringLiteral("DR-2026-0001"));
    // case update gets the same check.
    CLI_VERIFY_REFUSED(run(words({"case", "update", "DR-2026-0002", "--linked-case", "DR-2026-9999"}) << db), kFailure,
                       QStringLiteral("There is no case DR-2026-9999"));
    const Run shown = run(words({"case", "show", "DR-2026-0002", "--json"}) << db);
    CLI_VERIFY_JSON(shown);
    QCOMPARE(str(shown.object(), "linked_case"), QStringLiteral("DR-2026-0001"));
}

// ---------------------------------------------------------------------------------------------------------------------
// Audit trail

void TestCliCases::auditDetectsEditedEvent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    fillRegister(path);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Run before = run(words({"audit", "verify", "--json"}) << databaseOption(path));
    CLI_VERIFY_JSON(before);
    QCOMPARE(before.object().value(QLatin1String("intact")).toBool(), true);
    QCOMPARE(before.object().value(QLatin1String("events")).toInt(), 3);

    int rows = 0;
    const QString error = execSql(
        path, QStringLiteral("UPDATE audit_events SET details = replace(details, 'Dupr', 'Dupx') WHERE seq = 1"),
        &rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows, 1);

    const Run json = run(words({"audit", "verify", "--json"}) << databaseOption(path));
    CLI_VERIFY_EXIT(json, kIntegrityFailure);
    QVERIFY2(json.jsonValid, json.describe().constData());
    const QJsonObject v = json.object();
    QCOMPARE(v.value(QLatin1String("intact")).toBool(), false);
    QCOMPARE(v.value(QLatin1String("first_broken_seq")).toInt(), 1);
    QVERIFY2(str(v, "problem").contains(QLatin1String("event 1")), json.describe().constData());

    const Run text = run(words({"audit", "verify"}) << databaseOption(path));
    CLI_VERIFY_EXIT(text, kIntegrityFailure);
    QVERIFY2(QByteArray(text.out + text.err).contains("event 1"), text.describe().constData());
}

void TestCliCases::auditDetectsDeletedEvent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    fillRegister(path);
    if (QTest::currentTestFailed()) {
        return;
    }

    int rows = 0;
    const QString error = execSql(path, QStringLiteral("DELETE FROM audit_events WHERE seq = 2"), &rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows, 1);

    const Run json = run(words({"audit", "verify", "--json"}) << databaseOption(path));
    CLI_VERIFY_EXIT(json, kIntegrityFailure);
    QVERIFY2(json.jsonValid, json.describe().constData());
    const QJsonObject v = json.object();
    QCOMPARE(v.value(QLatin1String("intact")).toBool(), false);
    QCOMPARE(v.value(QLatin1String("first_broken_seq")).toInt(), 2);
    QVERIFY2(str(v, "problem").contains(QLatin1String("event 2")), json.describe().constData());

    const Run text = run(words({"audit", "verify"}) << databaseOption(path));
    CLI_VERIFY_EXIT(text, kIntegrityFailure);
    QVERIFY2(QByteArray(text.out + text.err).contains("event 2"), text.describe().constData());
}

void TestCliCases::auditExpectHead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    fillRegister(path);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Run first = run(words({"audit", "verify", "--json"}) << databaseOption(path));
    CLI_VERIFY_JSON(first);
    const QString head = str(first.object(), "head_hash");
    QVERIFY2(sha256Pattern().match(head).hasMatch(), first.describe().constData());

    const Run same = run(words({"audit", "verify", "--json", "--expect-head"}) << head << databaseOption(path));
    CLI_VERIFY_JSON(same);
    QCOMPARE(same.object().value(QLatin1String("intact")).toBool(), true);
    const Run upper = run(words({"audit", "verify", "--expect-head"}) << head.toUpper() << databaseOption(path));
    CLI_VERIFY_EXIT(upper, kOk);

    const QString wrong(64, u'0');
    const Run mismatch = run(words({"audit", "verify", "--json", "--expect-head"}) << wrong << databaseOption(path));
    CLI_VERIFY_EXIT(mismatch, kIntegrityFailure);
    QVERIFY2(mismatch.jsonValid, mismatch.describe().constData());
    QCOMPARE(mismatch.object().value(QLatin1String("intact")).toBool(), false);
    QVERIFY2(str(mismatch.object(), "problem").contains(wrong), mismatch.describe().constData());

    // Removing the last event leaves a valid chain: only the head kept from before tells.
    int rows = 0;
    const QString error = execSql(path, QStringLiteral("DELETE FROM audit_events WHERE seq = 3"), &rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows, 1);
    const Run truncated = run(words({"audit", "verify", "--json", "--expect-head"}) << head << databaseOption(path));
    CLI_VERIFY_EXIT(truncated, kIntegrityFailure);
    QVERIFY2(truncated.jsonValid, truncated.describe().constData());
    QCOMPARE(truncated.object().value(QLatin1String("intact")).toBool(), false);
    QCOMPARE(truncated.object().value(QLatin1String("events")).toInt(), 2);
}

// ---------------------------------------------------------------------------------------------------------------------
// Demo

void TestCliCases::demoRegister()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList db = databaseOption(dir.filePath(QStringLiteral("demo.sqlite")));

    const Run demo = run(words({"demo", "--cases", "300", "--seed", "7", "--json"}) << db);
    CLI_VERIFY_JSON(demo);
    const QJsonObject summary = demo.object();
    QCOMPARE(summary.value(QLatin1String("cases")).toInt(), 300);
    const int openCases = summary.value(QLatin1String("open")).toInt(-1);
    const int clockStopped = summary.value(QLatin1String("clock_stopped")).toInt(-1);
    QVERIFY2(openCases >= 0 && openCases <= 300, demo.describe().constData());
    QVERIFY2(clockStopped >= 0 && clockStopped <= openCases, demo.describe().constData());

    const Run second = run(words({"demo", "--cases", "300", "--seed", "7", "--json"}) << db);
    CLI_VERIFY_REFUSED(second, kFailure, QStringLiteral("already holds cases"));

    const Run audit = run(words({"audit", "verify", "--json"}) << db);
    CLI_VERIFY_JSON(audit);
    QCOMPARE(audit.object().value(QLatin1String("intact")).toBool(), true);
    // 300 cases, the demo organisation, its record (systems, activities) and the tasks of its latest requests
    QCOMPARE(audit.object().value(QLatin1String("events")).toInt(), 352);
    QVERIFY2(sha256Pattern().match(str(audit.object(), "head_hash")).hasMatch(), audit.describe().constData());

    const Run all = run(words({"case", "list", "--all", "--limit", "1000", "--json"}) << db);
    CLI_VERIFY_JSON(all);
    const QJsonArray rows = all.array();
    QCOMPARE(rows.size(), 300);
    const QSet<QString> knownStatuses{
        QStringLiteral("new"),         QStringLiteral("awaiting-identity"), QStringLiteral("awaiting-clarification"),
        QStringLiteral("in-progress"), QStringLiteral("awaiting-internal"), QStringLiteral("answered"),
        QStringLiteral("closed"),      QStringLiteral("withdrawn")};
    QSet<QString> references;
    QSet<QString> statuses;
    QSet<QString> rights;
    QString previousDeadline;
    int stoppedRows = 0;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        references.insert(str(row, "reference"));
        statuses.insert(str(row, "status"));
        for (const QJsonValue &right : row.value(QLatin1String("rights")).toArray()) {
            rights.insert(right.toString());
        }
        const QString deadline = str(row, "deadline");
        QVERIFY2(deadline >= previousDeadline, qPrintable(str(row, "reference"))); // sorted by deadline
        previousDeadline = deadline;
        stoppedRows += row.value(QLatin1String("clock_stopped_since")).isNull() ? 0 : 1;
    }
    QCOMPARE(references.size(), 300);
    QVERIFY2(statuses.size() >= 4, qPrintable(QStringList(statuses.values()).join(u',')));
    QVERIFY2(knownStatuses.contains(statuses), qPrintable(QStringList(statuses.values()).join(u',')));
    QVERIFY2(statuses.contains(QStringLiteral("closed")), qPrintable(QStringList(statuses.values()).join(u',')));
    QVERIFY2(rights.size() >= 8, qPrintable(QStringList(rights.values()).join(u',')));
    QCOMPARE(stoppedRows, clockStopped);

    // The default list shows the open cases: as many as the demo reported.
    const Run openRows = run(words({"case", "list", "--limit", "1000", "--json"}) << db);
    CLI_VERIFY_JSON(openRows);
    QCOMPARE(openRows.array().size(), openCases);

    // The same seed gives the same register.
    const QStringList other = databaseOption(dir.filePath(QStringLiteral("demo-again.sqlite")));
    const Run again = run(words({"demo", "--cases", "300", "--seed", "7", "--json"}) << other);
    CLI_VERIFY_JSON(again);
    const Run allAgain = run(words({"case", "list", "--all", "--limit", "1000", "--json"}) << other);
    CLI_VERIFY_JSON(allAgain);
    QCOMPARE(allAgain.out, all.out);
}

// ---------------------------------------------------------------------------------------------------------------------
// Not a database

void TestCliCases::notADatabase_data()
{
    QTest::addColumn<QStringList>("args");

    QTest::newRow("case list") << words({"case", "list"});
    QTest::newRow("case list --json") << words({"case", "list", "--json"});
    QTest::newRow("case add") << words({"case", "add", "--first-name", "Élodie", "--right", "access"});
    QTest::newRow("case show") << words({"case", "show", "DR-2026-0001"});
    QTest::newRow("audit verify") << words({"audit", "verify"});
    QTest::newRow("demo") << words({"demo", "--cases", "3"});
}

void TestCliCases::notADatabase()
{
    QFETCH(QStringList, args);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hello.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("hello"), qint64(5));
    }
    const QByteArray before = sha256Of(path);
    QCOMPARE(before, QByteArray("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));

    const Run r = run(args << databaseOption(path));
    CLI_VERIFY_REFUSED(r, kFailure, QStringLiteral("not an SQLite database"));
    QVERIFY2(r.err.contains(path.toUtf8()), r.describe().constData());

    QCOMPARE(sha256Of(path), before);
    // No journal, WAL or shared-memory file left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("hello.sqlite")});
}

QTEST_GUILESS_MAIN(TestCliCases)
#include "tst_cli_cases.moc"
