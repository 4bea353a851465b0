// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The kill -9 suite (issue 11, item 3): real dpodesk-cli processes write to one register, back it up and restore it,
// and are killed with SIGKILL at a random moment of their run. After each kill: the register opens normally and is
// whole (integrity_check), its audit trail and its attached files verify, every acknowledged case is there and no
// operation is half done, the temporary files left behind were private and go with the next run, every backup under
// its final name can be restored, and a killed restore leaves the register as it was or as restored.
//
// KILLNINE_CYCLES sets the number of cycles (default 40), KILLNINE_SEED the seed (printed, to replay a run: the
// operations and delays drawn are the same, the moments the kills land may differ), KILLNINE_VERBOSE=1 prints every
// cycle. tests/tools/killnine.sh runs the long version and prints the figures.
#include "killnine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

constexpr int kDefaultCycles = 40;

} // namespace

class TestKillNine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtRandomMoments();
};

void TestKillNine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(DPODESK_CLI_PATH)), DPODESK_CLI_PATH);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(),
             "the sqlite3 shell is needed (packaging/install-deps.sh installs it)");
}

void TestKillNine::killedAtRandomMoments()
{
    bool ok = false;
    int cycles = qEnvironmentVariableIntValue("KILLNINE_CYCLES", &ok);
    if (!ok || cycles < 0) {
        cycles = kDefaultCycles;
    }
    quint32 seed = quint32(qEnvironmentVariable("KILLNINE_SEED").toULong(&ok));
    if (!ok) {
        seed = QRandomGenerator::global()->generate();
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::fprintf(stdout, "killnine: seed %u, %d cycles (replay: KILLNINE_SEED=%u KILLNINE_CYCLES=%d)\n", seed, cycles,
                 seed, cycles);
    std::fprintf(stdout, "killnine: %s\n", DPODESK_CLI_PATH);
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    killnine::KillNine suite(dir.path(), seed, qEnvironmentVariableIntValue("KILLNINE_VERBOSE") != 0);
    suite.warmUp();
    for (int i = 0; i < cycles; ++i) {
        suite.cycle();
    }
    suite.finish();
    const QString figures = suite.figures(double(timer.elapsed()) / 1000.0, cycles);
    for (const QString &line : figures.split(u'\n')) {
        std::fprintf(stdout, "killnine: %s\n", qPrintable(line));
    }
    std::fflush(stdout);
    const QStringList findings = suite.findings();
    QVERIFY2(findings.isEmpty(), qPrintable(findings.mid(0, 20).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestKillNine)
#include "tst_killnine.moc"