// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The deadline report on a register built through the repository (repositoryfixture.h: the eight cases of the queue on
// Thursday 26 November 2026, six of them open): the rows, their order and figures; the CSV read back with an RFC 4180
// parser in both profiles, streamed and built; formula injection; the PDF read back with QPdfDocument (organisation,
// time of generation, filter, head hash, references, a header and "page i / n" on every page); the ICS read back
// (folding, escaping, stable UIDs, reminders, no names); and a full disk that leaves the previous file as it was.
//
// Expected rows, worked out by hand (docs/rules.md#the-clock; today 2026-11-26), overdue first, then by deadline:
//
//   subject    deadline     days left  urgency            status              flags
//   Overdue    2026-11-20   -6         Overdue            New
//   Stopped    2026-11-16   (none)     Clock stopped      Awaiting identity   clock stopped since 2026-10-20
//   Today      2026-11-26   0          Due within 7 days  In progress
//   Soon       2026-12-03   7          Due within 7 days  In progress
//   Track      2026-12-04   8          On track           New
//   Extended   2027-02-10   76         On track           In progress         extension notice due

#include "reportparsers.h"
#include "repositoryfixture.h"

#include "common/filewriter.h"
#include "reports/deadlinereport.h"
#include "reports/icswriter.h"
#include "storage/sqlreportsource.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace dpodesk;
using namespace repositorytest;
using namespace reporttest;

namespace {

const QStringList kOpenInOrder{QStringLiteral("Overdue"), QStringLiteral("Stopped"), QStringLiteral("Today"),
                               QStringLiteral("Soon"),    QStringLiteral("Track"),   QStringLiteral("Extended")};

OrganisationProfile organisation()
{
    OrganisationProfile o;
    o.name = QStringLiteral("Courriels & Cie SAS");
    o.dpoName = QStringLiteral("Anne Lefèvre");
    o.dpoEmail = QStringLiteral("dpo@courriels.example");
    return o;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

/// A report source that only has the portable row-by-row path: it hides the SQLite fast path of the source it wraps.
class PortableSource final : public ReportSource {
public:
    explicit PortableSource(const ReportSource &inner) : m_inner(inner) {}
    Result<ReportHeader> header() const override { return m_inner.header(); }
    Result<void> forEachOpenDeadline(const DeadlineFilter &filter, QDate today, bool withVersions,
                                     const std::function<void(const DeadlineRow &)> &visit) const override
    {
        return m_inner.forEachOpenDeadline(filter, today, withVersions, visit);
    }
    Result<QList<ActivityCase>> casesReceived(QDate from, QDate to) const override
    {
        return m_inner.casesReceived(from, to);
    }
    Result<int> openCasesOn(QDate day) const override { return m_inner.openCasesOn(day); }

private:
    const ReportSource &m_inner;
};

class TestReports final : public QObject, protected RepositoryFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deadlineRows();
    void deadlineFilter_data();
    void deadlineFilter();
    void csvStandard();
    void csvFrenchSpreadsheet();
    void csvQuotingRoundTrip();
    void csvInjection_data();
    void csvInjection();
    void pdfHeaderAndRows();
    void pdfPagesRepeatTheHeader();
    void ics();
    void icsStableAcrossExports();
    void icsFoldingAndEscaping();
    void fullDiskLeavesThePreviousFile();

private:
    DeadlineReport buildReport(const DeadlineFilter &filter = {});
    /// The queue register, the organisation, and Élodie Dupré's case (access, received 2026-11-16: due 2026-12-16).
    void buildRegister();
    QString headHash() { return repo().audit().verify()->headHash; }
};

void TestReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestReports::init()
{
    openRegister();
}

void TestReports::cleanup()
{
    closeRegister();
}

void TestReports::buildRegister()
{
    buildQueueRegister();
    QVERIFY(settings().saveOrganisation(organisation()).ok());
    CaseRecord elodie = draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 16));
    elodie.subject.email = QStringLiteral("elodie.dupre@example.fr");
    QVERIFY(repo().create(elodie).ok());
}

DeadlineReport TestReports::buildReport(const DeadlineFilter &filter)
{
    SqlReportSource source(*m_db, *repo().stores().organisation, *m_clock);
    auto report = DeadlineReports::build(source, filter);
    if (!report) {
        qWarning("%s", qPrintable(report.errorMessage()));
        return {};
    }
    return *report;
}

void TestReports::deadlineRows()
{
    buildQueueRegister();
    const DeadlineReport report = buildReport();
    QStringList subjects;
    for (const DeadlineRow &row : report.rows) {
        subjects << row.subjectName;
    }
    QCOMPARE(subjects, kOpenInOrder);
    const QDate today(2026, 11, 26);
    QCOMPARE(report.header.today, today);
    const auto &rows = report.rows;
    QCOMPARE(rows[0].deadline, QDate(2026, 11, 20));
    QCOMPARE(rows[0].daysLeft(today), -6);
    QCOMPARE(rows[0].urgency(today), Urgency::Overdue);
    QCOMPARE(rows[1].clockStoppedSince, QDate(2026, 10, 20));
    QCOMPARE(rows[1].urgency(today), Urgency::ClockStopped);
    QCOMPARE(DeadlineReports::daysLeftText(rows[1], today), QString());
    QCOMPARE(rows[2].daysLeft(today), 0);
    QCOMPARE(rows[2].rights, QStringLiteral("access,erasure"));
    QCOMPARE(rows[2].channel, Channel::WebForm);
    QCOMPARE(rows[3].daysLeft(today), 7);
    QCOMPARE(rows[3].urgency(today), Urgency::DueSoon);
    QCOMPARE(rows[4].daysLeft(today), 8);
    QCOMPARE(rows[4].urgency(today), Urgency::OnTrack);
    QCOMPARE(rows[5].deadline, QDate(2027, 2, 10));
    QCOMPARE(rows[5].daysLeft(today), 76);
    QVERIFY(rows[5].extensionNoticeDue);
    const DeadlineCounts counts = report.counts();
    QCOMPARE(counts.rows, 6);
    QCOMPARE(counts.overdue, 1);
    QCOMPARE(counts.dueSoon, 2);
    QCOMPARE(counts.clockStopped, 1);
    QCOMPARE(counts.extensionNoticeDue, 1);
    // The references are those the repository gave, in creation order (Overdue first, Extended sixth).
    QCOMPARE(rows[0].reference, QStringLiteral("DR-2026-0001"));
    QCOMPARE(rows[5].reference, QStringLiteral("DR-2026-0006"));
}

void TestReports::deadlineFilter_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("from today to the end of the year")
        << QDate(2026, 11, 26) << QDate(2026, 12, 31)
        << QStringList{QStringLiteral("Today"), QStringLiteral("Soon"), QStringLiteral("Track")};
    QTest::newRow("from December on") << QDate(2026, 12, 1) << QDate()
                                      << QStringList{QStringLiteral("Soon"), QStringLiteral("Track"),
                                                     QStringLiteral("Extended")};
    QTest::newRow("up to 20 November") << QDate() << QDate(2026, 11, 20)
                                       << QStringList{QStringLiteral("Overdue"), QStringLiteral("Stopped")};
    QTest::newRow("nothing in January") << QDate(2027, 1, 1) << QDate(2027, 1, 31) << QStringList();
}

void TestReports::deadlineFilter()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);
    buildQueueRegister();
    const DeadlineReport report = buildReport(DeadlineFilter{from, to});
    QStringList subjects;
    for (const DeadlineRow &row : report.rows) {
        subjects << row.subjectName;
    }
    QCOMPARE(subjects, expected);
}

void TestReports::csvStandard()
{
    buildQueueRegister();
    const DeadlineReport report = buildReport();
    const QByteArray bytes = DeadlineReports::csv(report, CsvProfile::Standard);
    const Csv csv = parseCsv(bytes, u',');
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QVERIFY(!csv.bom);
    QCOMPARE(csv.rows.size(), 7);
    QCOMPARE(csv.rows[0],
             (QStringList{QStringLiteral("Reference"), QStringLiteral("Data subject"), QStringLiteral("Rights"),
                          QStringLiteral("Channel"), QStringLiteral("Received on"), QStringLiteral("Deadline"),
                          QStringLiteral("Days left"), QStringLiteral("Urgency"), QStringLiteral("Status"),
                          QStringLiteral("Clock stopped since"), QStringLiteral("Extension notice due")}));
    const auto row = [](std::initializer_list<const char *> cells) {
        QStringList out;
        for (const char *cell : cells) {
            out << QString::fromUtf8(cell);
        }
        return out;
    };
    QCOMPARE(csv.rows[1], row({"DR-2026-0001", "Overdue", "Access", "E-mail", "2026-10-20", "2026-11-20", "-6",
                               "Overdue", "New", "", ""}));
    QCOMPARE(csv.rows[2], row({"DR-2026-0005", "Stopped", "Access", "E-mail", "2026-10-15", "2026-11-16", "",
                               "Clock stopped", "Awaiting identity", "2026-10-20", ""}));
    QCOMPARE(csv.rows[3], row({"DR-2026-0002", "Today", "Access, Erasure", "Web form", "2026-10-26", "2026-11-26", "0",
                               "Due within 7 days", "In progress", "", ""}));
    QCOMPARE(csv.rows[6], row({"DR-2026-0006", "Extended", "Portability", "E-mail", "2026-11-10", "2027-02-10", "76",
                               "On track", "In progress", "", "Yes"}));
    // Streamed from the database without keeping the rows: the same bytes.
    SqlReportSource source(*m_db, *repo().stores().organisation, *m_clock);
    DeadlineCounts counts;
    auto streamed = DeadlineReports::csv(source, {}, CsvProfile::Standard, &counts);
    QVERIFY2(streamed.ok(), qPrintable(streamed.errorMessage()));
    QCOMPARE(*streamed, bytes);
    QCOMPARE(counts.rows, 6);
    QCOMPARE(counts.overdue, 1);
    // A source without SQLite's byte path (the PostgreSQL team mode will be one) writes the same bytes too.
    const PortableSource portable(source);
    auto converted = DeadlineReports::csv(portable, {}, CsvProfile::Standard);
    QVERIFY2(converted.ok(), qPrintable(converted.errorMessage()));
    QCOMPARE(*converted, bytes);
}

void TestReports::csvFrenchSpreadsheet()
{
    buildQueueRegister();
    const DeadlineReport report = buildReport();
    const QByteArray bytes = DeadlineReports::csv(report, CsvProfile::FrSpreadsheet);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const Csv csv = parseCsv(bytes, u';');
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QVERIFY(csv.bom);
    const Csv standard = parseCsv(DeadlineReports::csv(report, CsvProfile::Standard), u',');
    // The same cells, only the separator and the BOM differ; "Access, Erasure" needs no quotes with semicolons.
    QCOMPARE(csv.rows, standard.rows);
    QVERIFY(bytes.contains(";Access, Erasure;"));
    QVERIFY(DeadlineReports::csv(report, CsvProfile::Standard).contains(",\"Access, Erasure\","));
}

void TestReports::csvQuotingRoundTrip()
{
    // Names with quotes, separators and line breaks survive the round trip through an RFC 4180 parser.
    const QStringList names{QStringLiteral("Jean \"Jojo\" Dupont"), QStringLiteral("Martin, Paul; Pierre"),
                            QStringLiteral("Line one\r\nline two"), QStringLiteral("Bare\nLF"),
                            QStringLiteral("王伟 — Müller"),        QString()};
    DeadlineReport report;
    report.header.today = QDate(2026, 11, 26);
    for (const QString &n : names) {
        DeadlineRow row;
        row.reference = QStringLiteral("DR-2026-%1").arg(report.rows.size() + 1, 4, 10, QLatin1Char('0'));
        row.subjectName = n;
        row.rights = QStringLiteral("access");
        row.receivedOn = QDate(2026, 11, 2);
        row.deadline = QDate(2026, 12, 2);
        report.rows << row;
    }
    for (const auto &[profile, separator] :
         {std::pair{CsvProfile::Standard, u','}, std::pair{CsvProfile::FrSpreadsheet, u';'}}) {
        const Csv csv = parseCsv(DeadlineReports::csv(report, profile), separator);
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(csv.rows.size(), names.size() + 1);
        for (qsizetype i = 0; i < names.size(); ++i) {
            QCOMPARE(csv.rows[i + 1][1], names[i]);
        }
    }
}

void TestReports::csvInjection_data()
{
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("cell");
    QTest::newRow("= DDE") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("-") << QStringLiteral("-2") << QStringLiteral("'-2");
    QTest::newRow("@") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("CR") << QStringLiteral("\rx") << QStringLiteral("'\rx");
    QTest::newRow("LF") << QStringLiteral("\nx") << QStringLiteral("'\nx");
    QTest::newRow("HYPERLINK with quotes and commas")
        << QStringLiteral("=HYPERLINK(\"http://evil.example/?a,b\",\"x\")")
        << QStringLiteral("'=HYPERLINK(\"http://evil.example/?a,b\",\"x\")");
    QTest::newRow("= further in is text") << QStringLiteral("Dupré=1") << QStringLiteral("Dupré=1");
    QTest::newRow("plain") << QStringLiteral("Dupré") << QStringLiteral("Dupré");
}

void TestReports::csvInjection()
{
    QFETCH(QString, lastName);
    QFETCH(QString, cell);
    buildQueueRegister();
    // Stored through the repository like any request, read back through the deadline query.
    auto created = repo().create(draft({}, lastName, QDate(2026, 11, 16)));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    if (created->subject.lastName != lastName) {
        // Names are cleaned when stored (a leading tab, CR or LF goes), but a register written before the cleaning,
        // or by another program, may hold them still: the report protects its cells on its own.
        QSqlQuery raw(m_db->connection());
        raw.prepare(QStringLiteral("UPDATE cases SET subject_last_name = :name WHERE id = :id"));
        raw.bindValue(QStringLiteral(":name"), lastName);
        raw.bindValue(QStringLiteral(":id"), created->id);
        QVERIFY2(raw.exec(), qPrintable(raw.lastError().text()));
        // Such a register records the state of its cases as they are when it is upgraded.
        QVERIFY(m_db->write([&]() -> Result<void> {
                        auto recorded = repo().audit().append(QStringLiteral("case.state-recorded"), created->reference,
                                                              QJsonObject());
                        return recorded ? Result<void>() : Result<void>(recorded.error());
                    })
                    .ok());
    }
    for (const auto &[profile, separator] :
         {std::pair{CsvProfile::Standard, u','}, std::pair{CsvProfile::FrSpreadsheet, u';'}}) {
        const QByteArray built = DeadlineReports::csv(buildReport(), profile);
        // The fast path (straight from SQLite, as bytes) protects the cells exactly as the built report does.
        SqlReportSource source(*m_db, *repo().stores().organisation, *m_clock);
        auto streamed = DeadlineReports::csv(source, {}, profile);
        QVERIFY2(streamed.ok(), qPrintable(streamed.errorMessage()));
        QCOMPARE(*streamed, built);
        const Csv csv = parseCsv(built, separator);
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        bool found = false;
        for (const QStringList &row : csv.rows) {
            if (row.first() == created->reference) {
                QCOMPARE(row[1], cell);
                found = true;
            }
            // No cell of the file starts a formula; a leading "-" is only ever a whole number (days left).
            for (const QString &c : row) {
                if (c.isEmpty()) {
                    continue;
                }
                const QChar first = c.front();
                QVERIFY2(first != u'=' && first != u'+' && first != u'@' && first != u'\t' && first != u'\r' &&
                             first != u'\n',
                         qPrintable(c));
                if (first == u'-') {
                    bool number = false;
                    (void)c.toInt(&number);
                    QVERIFY2(number, qPrintable(c));
                }
            }
        }
        QVERIFY(found);
    }
    QVERIFY(CsvWriter::startsFormula(lastName) == cell.startsWith(u'\''));
}

void TestReports::pdfHeaderAndRows()
{
    buildRegister();
    const DeadlineReport report = buildReport();
    auto pdf = DeadlineReports::pdf(report);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    QVERIFY(pdf->startsWith("%PDF"));
    const QStringList pages = pdfPages(*pdf);
    QCOMPARE(pages.size(), 1);
    const QString text = pages.first();
    const QStringList expected{
        QStringLiteral("Deadline report"),
        QStringLiteral("Courriels & Cie SAS"),
        QStringLiteral("Generated on 2026-11-26 10:00 (Europe/Paris)"), // 09:00 UTC is 10:00 in Paris in November
        QStringLiteral("Filter: all open cases"),
        headHash(),
        QStringLiteral("7 open case(s) · 1 overdue · 2 due within 7 days · 1 clock(s) stopped · 1 extension "
                       "notice(s) due"),
        QStringLiteral("Reference"),
        QStringLiteral("Days left"),
        QStringLiteral("Élodie Dupré"),
        QStringLiteral("Clock stopped"),
        QStringLiteral("page 1 / 1"),
    };
    for (const QString &e : expected) {
        QVERIFY2(text.contains(e), qPrintable(QString(e + QStringLiteral(" not in: ") + text)));
    }
    for (const int i : {1, 2, 3, 4, 5, 6, 9}) { // 7 and 8 are answered and withdrawn
        QVERIFY2(text.contains(QStringLiteral("DR-2026-%1").arg(i, 4, 10, QLatin1Char('0'))), qPrintable(text));
    }
    QVERIFY(!text.contains(QStringLiteral("DR-2026-0007")));
    QVERIFY(!text.contains(QStringLiteral("DR-2026-0008")));
    // Overdue first: DR-2026-0001 comes before the stopped DR-2026-0005, which comes before DR-2026-0002.
    QVERIFY(text.indexOf(QStringLiteral("DR-2026-0001")) < text.indexOf(QStringLiteral("DR-2026-0005")));
    QVERIFY(text.indexOf(QStringLiteral("DR-2026-0005")) < text.indexOf(QStringLiteral("DR-2026-0002")));
    QVERIFY(text.contains(QStringLiteral("2026-11-20 -6 Overdue")));

    // The filter in words.
    auto filtered = DeadlineReports::pdf(buildReport(DeadlineFilter{QDate(2026, 12, 1), QDate(2026, 12, 31)}));
    QVERIFY(filtered.ok());
    const QString filteredText = pdfPages(*filtered).join(u' ');
    QVERIFY2(filteredText.contains(QStringLiteral("Filter: open cases with a deadline from 2026-12-01 to 2026-12-31")),
             qPrintable(filteredText));
    QVERIFY(!filteredText.contains(QStringLiteral("DR-2026-0001")));

    // A filter that matches nothing still gives a report that says so.
    auto empty = DeadlineReports::pdf(buildReport(DeadlineFilter{QDate(2030, 1, 1), QDate(2030, 1, 31)}));
    QVERIFY(empty.ok());
    const QString emptyText = pdfPages(*empty).join(u' ');
    QVERIFY2(emptyText.contains(QStringLiteral("No open case matches the filter.")) &&
                 emptyText.contains(QStringLiteral("page 1 / 1")),
             qPrintable(emptyText));
}

void TestReports::pdfPagesRepeatTheHeader()
{
    buildRegister();
    // Enough open cases for several landscape pages.
    for (int i = 0; i < 90; ++i) {
        auto created = repo().create(
            draft(QStringLiteral("Person"), QStringLiteral("N%1").arg(i), QDate(2026, 11, 1).addDays(i % 25)));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    }
    const DeadlineReport report = buildReport();
    QCOMPARE(report.rows.size(), 97);
    auto pdf = DeadlineReports::pdf(report);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    const QStringList pages = pdfPages(*pdf);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    QSet<QString> references;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        QVERIFY2(page.contains(QStringLiteral("Reference Data subject Rights")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("page %1 / %2").arg(i + 1).arg(pages.size())), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("Courriels & Cie SAS")));
        static const QRegularExpression reference(QStringLiteral("DR-2026-\\d{4}"));
        for (auto it = reference.globalMatch(page); it.hasNext();) {
            references.insert(it.next().captured());
        }
    }
    QCOMPARE(references.size(), 97); // every row once, none lost at a page break
    // The head hash stands on the first page only.
    QVERIFY(pages.first().contains(headHash()));
}

void TestReports::ics()
{
    buildRegister();
    const DeadlineReport report = buildReport();
    const QByteArray bytes = DeadlineReports::ics(report);
    IcsComponent calendar;
    const QString problem = parseIcs(bytes, &calendar);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(calendar.name, QStringLiteral("VCALENDAR"));
    QCOMPARE(calendar.value(QStringLiteral("VERSION")), QStringLiteral("2.0"));
    QVERIFY(calendar.value(QStringLiteral("PRODID")).contains(QStringLiteral("DPO Desk")));
    const QList<IcsComponent> events = calendar.childrenNamed(QStringLiteral("VEVENT"));
    QCOMPARE(events.size(), 7);
    const QString host = report.header.registerId.left(16);
    QCOMPARE(host.size(), 16);
    QSet<QString> uids;
    for (const IcsComponent &e : events) {
        uids.insert(e.value(QStringLiteral("UID")));
        QCOMPARE(e.value(QStringLiteral("DTSTAMP")), QStringLiteral("20261126T090000Z"));
        QCOMPARE(e.childrenNamed(QStringLiteral("VALARM")).size(), 2);
        QStringList triggers;
        for (const IcsComponent &alarm : e.childrenNamed(QStringLiteral("VALARM"))) {
            QCOMPARE(alarm.value(QStringLiteral("ACTION")), QStringLiteral("DISPLAY"));
            QVERIFY(!alarm.value(QStringLiteral("DESCRIPTION")).isEmpty());
            triggers << alarm.value(QStringLiteral("TRIGGER"));
        }
        QCOMPARE(triggers, (QStringList{QStringLiteral("-P7D"), QStringLiteral("-P1D")}));
    }
    QCOMPARE(uids.size(), 7);
    const IcsComponent &overdue = events.first();
    QCOMPARE(overdue.value(QStringLiteral("UID")), QStringLiteral("DR-2026-0001-deadline@%1.dpodesk").arg(host));
    QCOMPARE(overdue.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20261120"));
    QCOMPARE(overdue.value(QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20261121"));
    QCOMPARE(overdue.value(QStringLiteral("SEQUENCE")), QStringLiteral("1"));
    QCOMPARE(unescapeIcsText(overdue.value(QStringLiteral("SUMMARY"))),
             QStringLiteral("GDPR deadline: DR-2026-0001 (Access)"));
    const IcsComponent &extended = events.last();
    QCOMPARE(extended.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20270210"));
    QVERIFY(unescapeIcsText(extended.value(QStringLiteral("DESCRIPTION")))
                .contains(QStringLiteral("Extension notice due")));
    const IcsComponent &stopped = events.at(1);
    QVERIFY(unescapeIcsText(stopped.value(QStringLiteral("DESCRIPTION")))
                .contains(QStringLiteral("Clock stopped since 2026-10-20")));
    // The calendar's name is escaped and folded like any text: "Courriels & Cie SAS" has no comma, the summary does.
    QCOMPARE(unescapeIcsText(calendar.value(QStringLiteral("X-WR-CALNAME"))),
             QStringLiteral("GDPR deadlines — Courriels & Cie SAS"));
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("DR-2026-0002 (Access\\, Erasure)")));
    // Calendars sync to cloud services: no name, e-mail address or other personal data of the person.
    for (const char *personal : {"Dupré", "Élodie", "elodie.dupre", "example.fr"}) {
        QVERIFY2(!QString::fromUtf8(bytes).contains(QString::fromUtf8(personal), Qt::CaseInsensitive), personal);
    }
}

void TestReports::icsStableAcrossExports()
{
    buildRegister();
    const QByteArray first = DeadlineReports::ics(buildReport());
    // A day later, after a change to one case: the same UIDs, so a calendar updates its events; that case's SEQUENCE
    // rises.
    m_clock->advanceDays(1);
    auto soon = repo().findByReference(QStringLiteral("DR-2026-0003"));
    QVERIFY(soon.ok());
    CaseRecord changed = *soon;
    changed.notes.append(Note{{}, {}, QStringLiteral("Called back")});
    QVERIFY(repo().save(changed, QStringLiteral("case.update")).ok());
    const QByteArray second = DeadlineReports::ics(buildReport());
    IcsComponent a;
    IcsComponent b;
    QVERIFY(parseIcs(first, &a).isEmpty());
    QVERIFY(parseIcs(second, &b).isEmpty());
    QMap<QString, QString> sequenceBefore;
    for (const IcsComponent &e : a.childrenNamed(QStringLiteral("VEVENT"))) {
        sequenceBefore.insert(e.value(QStringLiteral("UID")), e.value(QStringLiteral("SEQUENCE")));
    }
    QMap<QString, QString> sequenceAfter;
    for (const IcsComponent &e : b.childrenNamed(QStringLiteral("VEVENT"))) {
        sequenceAfter.insert(e.value(QStringLiteral("UID")), e.value(QStringLiteral("SEQUENCE")));
        QCOMPARE(e.value(QStringLiteral("DTSTAMP")), QStringLiteral("20261127T090000Z"));
    }
    QCOMPARE(sequenceAfter.keys(), sequenceBefore.keys());
    for (auto it = sequenceBefore.cbegin(); it != sequenceBefore.cend(); ++it) {
        const bool isChanged = it.key().startsWith(QStringLiteral("DR-2026-0003-"));
        QCOMPARE(sequenceAfter.value(it.key()).toInt(), it.value().toInt() + (isChanged ? 1 : 0));
    }
}

void TestReports::icsFoldingAndEscaping()
{
    QCOMPARE(IcsWriter::escapeText(u"a,b;c\\d\ne\r\nf"), QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    // Folded at 75 octets, never inside a UTF-8 character, and unfolded back to the same line.
    for (const QString &text : {QString(200, u'é'), QString(100, QChar(0x4F1F)), QStringLiteral("x").repeated(300),
                                QStringLiteral("aé€😀").repeated(40)}) {
        IcsWriter w;
        w.text("DESCRIPTION", text);
        IcsComponent calendar;
        const QByteArray stream = "BEGIN:VCALENDAR\r\n" + w.bytes() + "END:VCALENDAR\r\n";
        const QString problem = parseIcs(stream, &calendar);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(unescapeIcsText(calendar.value(QStringLiteral("DESCRIPTION"))), text);
        QVERIFY(w.bytes().count("\r\n") > 1);
    }
    // A long organisation name with accents in a real export.
    buildQueueRegister();
    OrganisationProfile o = organisation();
    o.name = QStringLiteral("Société d'Économie Mixte Régionale des Télécommunications, Île-de-France; Côte-d'Or");
    QVERIFY(settings().saveOrganisation(o).ok());
    const QByteArray bytes = DeadlineReports::ics(buildReport());
    IcsComponent calendar;
    const QString problem = parseIcs(bytes, &calendar);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(unescapeIcsText(calendar.value(QStringLiteral("X-WR-CALNAME"))),
             QString(QStringLiteral("GDPR deadlines — ") + o.name));
}

void TestReports::fullDiskLeavesThePreviousFile()
{
    buildRegister();
    const QByteArray csv = DeadlineReports::csv(buildReport(), CsvProfile::Standard);
    QVERIFY(csv.size() > 600);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deadlines.csv"));
    const QByteArray previous = "Reference,Deadline\r\nDR-2026-0001,2026-11-20\r\n";
    QVERIFY(writeFile(path, previous));

    // A "full disk": no file of this process may grow past 256 bytes; the write fails short (EFBIG) instead of the
    // process being killed by SIGXFSZ.
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 256;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const Result<void> written = FileWriter::writeAtomically(path, csv);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!written.ok());
    QVERIFY2(written.errorMessage().contains(QStringLiteral("left as it was")), qPrintable(written.errorMessage()));
    QVERIFY2(written.errorMessage().contains(path), qPrintable(written.errorMessage()));
    QCOMPARE(readFile(path), previous); // byte for byte
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("deadlines.csv")});

    // With room again, the same call replaces the file whole.
    QVERIFY(FileWriter::writeAtomically(path, csv).ok());
    QCOMPARE(readFile(path), csv);
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
