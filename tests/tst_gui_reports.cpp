// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Reports from the desk: the deadline report and the activity report previewed as PDF and saved as PDF, CSV (French
// spreadsheet or standard, formula injection disarmed) and, for deadlines, iCalendar; the dashboard's counts and the
// deadlines of the coming weeks. Real widgets, offscreen; no dialog ever blocks.
#include "appsettings.h"
#include "common/clock.h"
#include "dialogs/reportsdialog.h"
#include "mainwindow.h"
#include "panels/dashboard.h"
#include "prompter.h"
#include "registersession.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dpodesk;

namespace {

const QDate kToday(2026, 11, 26);

CaseRecord received(const QString &last, QDate on, const QString &first = QStringLiteral("Jean"))
{
    CaseRecord c;
    c.subject.firstName = first;
    c.subject.lastName = last;
    c.subject.email = QStringLiteral("jean@example.org");
    c.receivedOn = on;
    c.rights.append(RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    return c;
}

} // namespace

class TestGuiReports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deadlineReport();
    void activityReport();
    void savingChecked();
    void dashboard();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RegisterSession> m_session;
};

void TestGuiReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Prompter::setSilent(true);
}

void TestGuiReports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<RegisterSession>(std::make_unique<FixedClock>(kToday));
    QVERIFY(m_session->open(m_dir->filePath(QStringLiteral("register.sqlite"))).ok());
    QVERIFY(m_session->ensureChecked().ok());
    OrganisationProfile org = m_session->organisation();
    org.name = QStringLiteral("Courriels & Cie SAS");
    org.dpoName = QStringLiteral("Anne Lefèvre");
    org.dpoEmail = QStringLiteral("dpo@courriels.example");
    QVERIFY(m_session->saveOrganisation(org).ok());
    // Due 2 Nov (overdue), 27 Nov (tomorrow), 21 Dec (20 Dec is a Sunday).
    QVERIFY(
        m_session->create(received(QStringLiteral("Evil"), QDate(2026, 10, 1), QStringLiteral("=cmd|' /C calc'!A0")))
            .ok());
    QVERIFY(m_session->create(received(QStringLiteral("Tomorrow"), QDate(2026, 10, 27))).ok());
    QVERIFY(m_session->create(received(QStringLiteral("Track"), QDate(2026, 11, 20))).ok());
    Prompter::takeShown();
}

void TestGuiReports::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestGuiReports::deadlineReport()
{
    ReportsDialog dialog(*m_session);
    QVERIFY2(dialog.summary().contains(QStringLiteral("3 open case(s) · 1 overdue · 1 due within 7 days")),
             qPrintable(dialog.summary()));
    QTRY_VERIFY(dialog.previewPages() >= 1);

    dialog.setCsvProfile(QStringLiteral("fr-spreadsheet"));
    const QByteArray fr = dialog.bytes(ReportsDialog::Format::Csv);
    QVERIFY(fr.startsWith("\xEF\xBB\xBF"));
    QVERIFY(fr.contains(';'));
    QVERIFY2(fr.contains("'=cmd"), fr.constData()); // the formula is disarmed
    QVERIFY(!fr.contains(";=cmd"));
    dialog.setCsvProfile(QStringLiteral("standard"));
    const QByteArray standard = dialog.bytes(ReportsDialog::Format::Csv);
    QVERIFY(!standard.startsWith("\xEF\xBB\xBF"));
    QVERIFY(standard.contains(','));

    const QByteArray ics = dialog.bytes(ReportsDialog::Format::Ics);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 3);
    QVERIFY(!ics.contains("Tomorrow")); // no data subject's name in a calendar

    dialog.setDeadlineRange(kToday, kToday.addDays(3));
    QVERIFY2(dialog.summary().contains(QStringLiteral("1 open case(s)")), qPrintable(dialog.summary()));
    QCOMPARE(dialog.bytes(ReportsDialog::Format::Ics).count("BEGIN:VEVENT"), 1);
}

void TestGuiReports::activityReport()
{
    ReportsDialog dialog(*m_session);
    dialog.setKind(ReportsDialog::Kind::Activity);
    QVERIFY2(dialog.summary().contains(QStringLiteral("3 request(s) received")), qPrintable(dialog.summary()));
    QVERIFY(dialog.summary().contains(QStringLiteral("1 late")));
    QTRY_VERIFY(dialog.previewPages() >= 1);
    QVERIFY(dialog.bytes(ReportsDialog::Format::Ics).isEmpty());
    QVERIFY(dialog.problem().contains(QStringLiteral("Only the deadline report")));
    dialog.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    QVERIFY2(dialog.summary().contains(QStringLiteral("0 request(s) received")), qPrintable(dialog.summary()));
    dialog.setPeriod(QDate(2026, 12, 31), QDate(2026, 1, 1));
    QVERIFY(dialog.bytes(ReportsDialog::Format::Pdf).isEmpty());
    QVERIFY(dialog.problem().contains(QStringLiteral("ends before it starts")));
}

void TestGuiReports::savingChecked()
{
    ReportsDialog dialog(*m_session);
    const QString path = m_dir->filePath(QStringLiteral("deadlines.pdf"));
    QVERIFY(dialog.saveTo(path, ReportsDialog::Format::Pdf));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().startsWith("%PDF-"));
    QVERIFY(!dialog.saveTo(m_dir->path(), ReportsDialog::Format::Csv)); // a folder
    QVERIFY(Prompter::takeShown().join(u' ').contains(QStringLiteral("folder")));
}

void TestGuiReports::dashboard()
{
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(*m_session, settings);
    window.dashboard()->refresh();
    // 27 Nov falls in the week from today; 21 Dec in the fourth.
    QCOMPARE(window.dashboard()->weeks(), (QList<int>{1, 0, 0, 1, 0, 0}));
    QVERIFY(window.dashboard()->countsText().contains(QStringLiteral("overdue")));
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage shot = window.dashboard()->grab().toImage();
    QVERIFY(!shot.isNull());
}

QTEST_MAIN(TestGuiReports)
#include "tst_gui_reports.moc"
