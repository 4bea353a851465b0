// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Several processes on one register lose nothing. The desk (this process: the main window offscreen, its daily
// backup on a worker thread as when it opens, and new requests and notes logged through its session) works while
// real dpodesk-cli processes run side by side: writers logging requests, a reader listing, showing, verifying and
// reporting, and a backup job. At the end every acknowledged write is present, no reference was given twice, the
// register is whole, its audit trail and the data it records verify, and the desk never wrote into a deleted file.
//
// Sizes come from the environment (defaults keep the run short for ctest): CONCURRENCY_WRITERS (3),
// CONCURRENCY_WRITES (writes per CLI writer, 25), CONCURRENCY_DESK_WRITES (40). tests/tools/concurrency.sh runs the
// long version and prints the figures.
#include "appsettings.h"
#include "common/clock.h"
#include "mainwindow.h"
#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "reminders.h"
#include "storage/stores.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace dpodesk;

namespace {

const QDate kToday(2026, 11, 26);

int fromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

CaseRecord request(const QString &last)
{
    CaseRecord c;
    c.subject.firstName = QStringLiteral("Desk");
    c.subject.lastName = last;
    c.receivedOn = QDate(2026, 11, 20);
    c.rights.append(RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    return c;
}

/// One stream of dpodesk-cli commands run one after the other, as a scheduled job would.
class Chain final : public QObject {
public:
    using NextCommand = std::function<QStringList(int)>;
    Chain(QString name, int runs, NextCommand next, QProcessEnvironment environment)
        : m_name(std::move(name)), m_runs(runs), m_next(std::move(next)), m_environment(std::move(environment))
    {
    }
    void start() { launch(); }
    bool done() const { return m_finished == m_runs; }

    QString name() const { return m_name; }
    QStringList acknowledged; ///< references printed by commands that exited 0
    QStringList failures;     ///< stderr of commands that did not
    int crashed = 0;          ///< ended by a signal or timed out
    qint64 longestMs = 0;

private:
    void launch()
    {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(m_environment);
        QObject::connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
            longestMs = std::max(longestMs, m_timer.elapsed());
            if (status != QProcess::NormalExit) {
                ++crashed;
            } else if (code == 0) {
                const QJsonObject out = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
                if (out.contains(QStringLiteral("reference"))) {
                    acknowledged << out.value(QStringLiteral("reference")).toString();
                }
            } else {
                failures << QString::fromUtf8(process->readAllStandardError()).trimmed();
            }
            process->deleteLater();
            if (++m_finished < m_runs) {
                launch();
            }
        });
        m_timer.start();
        process->start(QStringLiteral(DPODESK_CLI_PATH), m_next(m_finished));
    }

    QString m_name;
    int m_runs;
    int m_finished = 0;
    NextCommand m_next;
    QProcessEnvironment m_environment;
    QElapsedTimer m_timer;
};

/// The descriptors of this process on a file that was unlinked ("<path> (deleted)" in /proc/self/fd).
QStringList deletedOpenFiles(const QString &prefix)
{
    QStringList out;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.startsWith(prefix) && target.endsWith(QLatin1String(" (deleted)"))) {
            out << target;
        }
    }
    return out;
}

QString sqlite(const QString &path, const QString &sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path, sql});
    shell.waitForFinished(60000);
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
}

} // namespace

class TestConcurrency final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manyProcessesLoseNothing();
};

void TestConcurrency::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Prompter::setSilent(true);
    QVERIFY(QFile::exists(QStringLiteral(DPODESK_CLI_PATH)));
}

void TestConcurrency::manyProcessesLoseNothing()
{
    const int writers = fromEnvironment("CONCURRENCY_WRITERS", 3);
    const int writes = fromEnvironment("CONCURRENCY_WRITES", 25);
    const int deskWrites = fromEnvironment("CONCURRENCY_DESK_WRITES", 40);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString reg = dir.filePath(QStringLiteral("register.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DPODESK_TODAY"), kToday.toString(Qt::ISODate));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));

    // The register exists, with one case, before anyone opens it.
    {
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(DPODESK_CLI_PATH),
                    {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--last-name"),
                     QStringLiteral("First"), QStringLiteral("--right"), QStringLiteral("access"),
                     QStringLiteral("--received"), QStringLiteral("2026-11-20"), QStringLiteral("--database"), reg});
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
    }

    // The desk opens it, and its daily backup starts on a worker thread, as on a day it is opened for the first time.
    RegisterSession session(std::make_unique<FixedClock>(kToday));
    QVERIFY(session.open(reg).ok());
    QVERIFY(session.ensureChecked().ok());
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(session, settings);
    window.reminders()->setTrayAllowed(false);
    QSignalSpy backedUp(&session, &RegisterSession::dailyBackupFinished);
    window.dailyRoutine();

    // The other processes, all at once.
    QList<Chain *> chains;
    const QStringList db{QStringLiteral("--database"), reg};
    for (int w = 0; w < writers; ++w) {
        chains << new Chain(
            QStringLiteral("writer %1").arg(w + 1), writes,
            [w, db](int i) {
                return QStringList{QStringLiteral("case"),         QStringLiteral("add"),
                                   QStringLiteral("--first-name"), QStringLiteral("Writer%1").arg(w + 1),
                                   QStringLiteral("--last-name"),  QStringLiteral("Number%1").arg(i + 1),
                                   QStringLiteral("--right"),      QStringLiteral("erasure"),
                                   QStringLiteral("--received"),   QStringLiteral("2026-11-21"),
                                   QStringLiteral("--json")} +
                       db;
            },
            env);
    }
    const QString report = dir.filePath(QStringLiteral("deadlines.csv"));
    chains << new Chain(
        QStringLiteral("reader"), writes * 2,
        [db, report](int i) {
            switch (i % 4) {
            case 0:
                return QStringList{QStringLiteral("case"), QStringLiteral("list")} + db;
            case 1:
                return QStringList{QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("DR-2026-0001")} + db;
            case 2:
                return QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + db;
            default:
                return QStringList{QStringLiteral("report"), QStringLiteral("deadlines"), QStringLiteral("--format"),
                                   QStringLiteral("csv"),    QStringLiteral("--out"),     report} +
                       db;
            }
        },
        env);
    chains << new Chain(
        QStringLiteral("backup job"), std::max(2, writes / 8),
        [db, &dir](int i) {
            return QStringList{QStringLiteral("backup"), QStringLiteral("--out"),
                               dir.filePath(QStringLiteral("copies/backup-%1.sqlite").arg(i))} +
                   db;
        },
        env);
    for (Chain *chain : chains) {
        chain->setParent(this);
        chain->start();
    }

    // The desk logs requests and adds notes meanwhile, and watches its own descriptors.
    QStringList deskAcknowledged;
    QStringList deskFailures;
    QStringList deskNotes; // "REF:text" acknowledged
    QStringList deleted;
    int deskTicks = 0;
    QTimer desk;
    desk.setInterval(25);
    QObject::connect(&desk, &QTimer::timeout, this, [&] {
        deleted << deletedOpenFiles(reg);
        if (deskTicks >= deskWrites) {
            return;
        }
        const int i = deskTicks++;
        if (i % 4 == 3 && !deskAcknowledged.isEmpty()) {
            auto found = session.service().findCase(deskAcknowledged.last());
            if (!found) {
                deskFailures << found.errorMessage();
                return;
            }
            const CaseRecord c = *found;
            const QString text = QStringLiteral("Desk note %1").arg(i);
            if (auto saved = session.addNote(c, text); saved) {
                deskNotes << c.reference + u':' + text;
            } else {
                deskFailures << saved.errorMessage();
            }
            return;
        }
        if (auto created = session.create(request(QStringLiteral("Desk%1").arg(i))); created) {
            deskAcknowledged << created->reference;
        } else {
            deskFailures << created.errorMessage();
        }
    });
    QElapsedTimer elapsed;
    elapsed.start();
    desk.start();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(chains.cbegin(), chains.cend(), [](const Chain *c) { return c->done(); }) &&
                                 deskTicks >= deskWrites,
                             600000);
    desk.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!backedUp.isEmpty(), 120000);
    const qint64 ms = elapsed.elapsed();
    deleted << deletedOpenFiles(reg);

    // What was acknowledged, by whom.
    QStringList acknowledged{QStringLiteral("DR-2026-0001")};
    QStringList failures;
    int crashed = 0;
    qint64 longest = 0;
    for (const Chain *chain : std::as_const(chains)) {
        acknowledged << chain->acknowledged;
        for (const QString &f : chain->failures) {
            failures << chain->name() + QStringLiteral(": ") + f;
        }
        crashed += chain->crashed;
        longest = std::max(longest, chain->longestMs);
    }
    acknowledged << deskAcknowledged;
    for (const QString &f : std::as_const(deskFailures)) {
        failures << QStringLiteral("desk: ") + f;
    }
    const QString backupFailure = backedUp.first().at(2).toString();

    // The desk closes; everything is read back from the file.
    window.close();
    session.close();
    const QSet<QString> unique(acknowledged.cbegin(), acknowledged.cend());
    const QString present = sqlite(reg, QStringLiteral("SELECT count(*) FROM cases"));
    const QStringList stored = sqlite(reg, QStringLiteral("SELECT reference FROM cases")).split(u'\n');
    const QSet<QString> storedSet(stored.cbegin(), stored.cend());
    QStringList missing;
    for (const QString &ref : std::as_const(acknowledged)) {
        if (!storedSet.contains(ref)) {
            missing << ref;
        }
    }
    QStringList notesMissing;
    for (const QString &note : std::as_const(deskNotes)) {
        const QString ref = note.section(u':', 0, 0);
        const QString text = note.section(u':', 1);
        const QString found = sqlite(reg, QStringLiteral("SELECT count(*) FROM notes JOIN cases ON cases.id = "
                                                         "notes.case_id WHERE reference = '%1' AND body = '%2'")
                                              .arg(ref, text));
        if (found != QStringLiteral("1")) {
            notesMissing << note;
        }
    }
    QProcess verify;
    verify.setProcessEnvironment(env);
    verify.start(QStringLiteral(DPODESK_CLI_PATH), QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + db);
    QVERIFY(verify.waitForFinished(120000));

    qInfo("%d CLI writers x %d, a reader (%d commands), a backup job, the desk (%d writes): %lld ms", writers, writes,
          writes * 2, deskWrites, ms);
    qInfo("acknowledged %lld (CLI %lld, desk %lld + %lld notes), present %s cases, references given twice: %lld",
          qint64(acknowledged.size()), qint64(acknowledged.size() - deskAcknowledged.size() - 1),
          qint64(deskAcknowledged.size()), qint64(deskNotes.size()), qPrintable(present),
          qint64(acknowledged.size() - unique.size()));
    qInfo("refused with a message: %lld; crashed or timed out: %d; slowest command: %lld ms; daily backup: %s",
          qint64(failures.size()), crashed, longest, backupFailure.isEmpty() ? "written" : qPrintable(backupFailure));
    for (const QString &f : std::as_const(failures)) {
        qInfo("  %s", qPrintable(f));
    }

    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("acknowledged but missing: ") + missing.join(u' ')));
    QVERIFY2(notesMissing.isEmpty(), qPrintable(QStringLiteral("notes missing: ") + notesMissing.join(u' ')));
    QCOMPARE(unique.size(), acknowledged.size());
    QCOMPARE(present.toInt(), int(acknowledged.size())); // nothing unacknowledged slipped in either
    QCOMPARE(crashed, 0);
    QVERIFY2(deleted.isEmpty(), qPrintable(QStringLiteral("the desk wrote into deleted files: ") + deleted.join(u' ')));
    QCOMPARE(sqlite(reg, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QVERIFY2(verify.exitCode() == 0, verify.readAll().constData());
    QVERIFY2(backupFailure.isEmpty(), qPrintable(backupFailure));
    // A busy register answers in words within seconds; with these sizes nothing should even have to wait that long.
    for (const QString &f : std::as_const(failures)) {
        QVERIFY2(f.contains(QLatin1String("locked")), qPrintable(f));
    }
    QVERIFY2(failures.size() <= acknowledged.size() / 20, "more than 5% of the writes were refused as busy");
}

QTEST_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
