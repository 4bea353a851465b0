// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The kill -9 suite (issue 11, item 3), used by tst_killnine: real dpodesk-cli processes write to one register, back
// it up and restore it, and are killed with SIGKILL at a random moment of their run; after each, what they left is
// checked (killnine.cpp runs and judges the operations, killninechecks.cpp checks the files, killninestate.h reads
// the registers).

#pragma once

#include "clirunner.h"
#include "killninestate.h"

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QHash>
#include <QMap>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

namespace killnine {

using clitest::Run;

enum class Op { CaseAdd, CaseUpdate, AttachmentsAdd, AttachmentsPurge, BackupOut, BackupRotate, Restore, Create };
inline constexpr int kOpCount = 8;
/// How often each operation is drawn, in the order of Op.
inline constexpr std::array<quint32, kOpCount> kWeights{4, 2, 2, 1, 2, 1, 2, 1};
/// One cycle in ten runs to its end: a control, and a fresh measure of the operation's run time.
inline constexpr int kControlEvery = 10;
inline constexpr int kKeep = 3;        ///< daily backups kept by backup --rotate
inline constexpr int kManualNames = 3; ///< backup --out writes over one of these names

const char *opName(Op op);
/// The temporary files of DPO Desk (README, "Backups and restore"): `.<file>.<tag>-<host>-<pid>-<random>`, and the
/// SQLite sidecars of those that are databases. Written here from the documented form, not taken from the product.
const QRegularExpression &temporaryPattern();
/// Any hidden name with one of the tags: what a temporary of an older form would look like.
bool looksTemporary(const QString &name);
/// This host as temporary names carry it: letters and digits, anything else an underscore.
QString hostTag();
int modeOf(const QString &path);
QStringList entriesOf(const QString &folder);
/// What the sqlite3 shell prints for one statement on target (a path or a file: URI).
QString sqlite3Shell(const QString &target, const QString &sql);
/// Removes path and its -wal, -shm, -journal and .lock.
void removeWithSidecars(const QString &path);

struct Outcome {
    bool killed = false; ///< ended by the SIGKILL
    int code = -1;       ///< the exit code when it ended on its own
    QByteArray out;
    QByteArray err;
    qint64 delayUs = -1; ///< when the SIGKILL was sent after the start; -1: left to run to its end
    qint64 elapsedUs = 0;
    bool completed() const { return !killed && code == clitest::kOk; }
};

/// What a cycle is about to do, and what it needs to judge the result.
struct Plan {
    Op op = Op::CaseAdd;
    QStringList args;
    QString reference;     ///< case update, attachments add
    int files = 0;         ///< attachments add
    qint64 attachment = 0; ///< attachments purge
    QString target;        ///< the backup written or restored, or the new register
    bool targetExisted = false;
    QByteArray targetSha; ///< of the backup written over, before
    bool targetChecksum = false;
    RegisterState restoring; ///< restore: what the backup holds
    bool staleLock = false;  ///< restore: a killed restore's lock file lies beside the register
};

struct OpFigures {
    int cycles = 0;
    int killed = 0;        ///< ended by the SIGKILL
    int endedFirst = 0;    ///< the SIGKILL came after its end
    int controls = 0;      ///< left to run to their end
    int killedDone = 0;    ///< killed after its change was made, as far as can be seen
    int killedNotDone = 0; ///< killed before it
    QList<qint64> recentUs;
    qint64 typicalUs = 0;
};

class KillNine final {
public:
    KillNine(const QString &folder, quint32 seed, bool verbose)
        : m_rng(seed), m_verbose(verbose), m_office(QDir(folder).filePath(QStringLiteral("office"))),
          m_backups(QDir(m_office).filePath(QStringLiteral("backups"))),
          m_register(QDir(m_office).filePath(QStringLiteral("register.sqlite"))),
          m_newRegister(QDir(m_office).filePath(QStringLiteral("new-register.sqlite"))),
          m_files(QDir(folder).filePath(QStringLiteral("files"))), m_today(2026, 1, 12)
    {
        QDir().mkpath(m_files);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const char *xdg : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
            m_env.insert(QLatin1String(xdg), QDir(folder).filePath(QStringLiteral("xdg")));
        }
    }

    Q_DISABLE_COPY_MOVE(KillNine)

    /// Every operation run to its end a few times: the register is filled, and each operation's run time measured.
    void warmUp();

    /// One operation drawn at random, killed at a random moment of its run (or, one time in ten, left to end).
    void cycle();

    /// Two runs to their end that sweep both folders; then nothing a killed process made may be left.
    void finish();

    QStringList findings() const { return m_findings; }
    QString figures(double seconds, int cycles) const;

private:
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_env;
        e.insert(QStringLiteral("DPODESK_TODAY"), m_today.toString(Qt::ISODate));
        return e;
    }
    QStringList onRegister(QStringList args) const { return args << clitest::databaseOption(m_register); }
    QString backupsFile(const QString &name) const { return QDir(m_backups).filePath(name); }
    QString todaysBackup() const
    {
        return backupsFile(QStringLiteral("register-%1.sqlite").arg(m_today.toString(Qt::ISODate)));
    }

    Outcome launch(const QStringList &args, qint64 delayUs) const;
    Run runToEnd(const QStringList &args) const;
    Plan prepare(Op op);
    void runCycle(Op op, bool counted);
    void examine(const Plan &plan, const Outcome &o);
    void inspectLeftovers(const Outcome &o);
    void checkOpens();
    void judge(const Plan &plan, const Outcome &o, const RegisterState &now);
    bool judgeBackupTarget(const Plan &plan, const Outcome &o, const RegisterState &now);
    bool judgeRestore(const Plan &plan, const Outcome &o, const RegisterState &now);
    bool judgeCreate(const Outcome &o);
    void checkBackups();
    void checkKeptCopies(const Plan &plan);
    void checkSwept(const Plan &plan, const Outcome &o);
    void finding(const QString &what);

    QRandomGenerator m_rng;
    bool m_verbose = false;
    QString m_office;
    QString m_backups;
    QString m_register;
    QString m_newRegister;
    QString m_files;
    QDate m_today;
    QProcessEnvironment m_env;

    int m_cycle = 0;
    int m_warmUpRuns = 0;
    QString m_current;                ///< the cycle being examined, for findings
    RegisterState m_model;            ///< the register as last seen
    QSet<QString> m_acknowledged;     ///< cases added with exit 0 (or a reference printed) since the last restore
    QHash<QString, qint64> m_pending; ///< temporaries seen after a kill and not yet swept: path -> cycle
    QSet<QString> m_reported;         ///< leftovers already reported, so that each is reported once
    QHash<QString, QByteArray> m_checkedBackups;     ///< path -> "sha/checksum" already checked
    QHash<QByteArray, RegisterState> m_backupStates; ///< backup SHA-256 -> what it holds
    QHash<QString, QByteArray> m_restorable; ///< backups with their checksum that passed restore --check: path -> SHA

    std::array<OpFigures, kOpCount> m_ops{};
    QStringList m_findings;
    int m_acknowledgedTotal = 0;
    int m_printedThenKilled = 0;
    int m_rolledBack = 0;
    int m_temporaries = 0;
    QMap<QString, int> m_temporariesByTag;
    int m_swept = 0;
    int m_walLeft = 0;
    int m_journalLeft = 0;
    int m_backupsChecked = 0;
    int m_withoutChecksum = 0;
    int m_checksumRemovedKept = 0;
    int m_orphanChecksums = 0;
    int m_keptCopies = 0;
    int m_staleLocks = 0;
    int m_unnamedLocks = 0;
    int m_rmlocksLeft = 0;      ///< times QLockFile's .rmlock appeared after a kill
    bool m_rmlockThere = false; ///< as last seen
};

} // namespace killnine
