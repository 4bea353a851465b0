// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Running and judging the operations of the kill -9 suite (see killnine.h).
#include "killnine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <numeric>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace clitest;

namespace killnine {

namespace {

QString referenceIn(const QByteArray &out)
{
    static const QRegularExpression reference(QStringLiteral("\"reference\": \"(DR-\\d{4}-\\d{4,})\""));
    return reference.match(QString::fromUtf8(out)).captured(1);
}

} // namespace

const char *opName(Op op)
{
    switch (op) {
    case Op::CaseAdd:
        return "case add";
    case Op::CaseUpdate:
        return "case update --note";
    case Op::AttachmentsAdd:
        return "attachments add";
    case Op::AttachmentsPurge:
        return "attachments purge";
    case Op::BackupOut:
        return "backup --out";
    case Op::BackupRotate:
        return "backup --rotate";
    case Op::Restore:
        return "restore --yes";
    case Op::Create:
        return "case add (new register)";
    }
    return "?";
}

const QRegularExpression &temporaryPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\.(.+)\.(partial|restore|creating)-([A-Za-z0-9_]+)-(\d+)-([0-9a-f]{12})(-wal|-shm|-journal)?$)"));
    return pattern;
}

bool looksTemporary(const QString &name)
{
    static const QRegularExpression loose(QStringLiteral(R"(^\..+\.(partial|restore|creating)-)"));
    return loose.match(name).hasMatch();
}

QString hostTag()
{
    QString host = QSysInfo::machineHostName();
    for (QChar &c : host) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128)) {
            c = u'_';
        }
    }
    return host.isEmpty() ? QStringLiteral("host") : host.left(40);
}

int modeOf(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

QString sqlite3Shell(const QString &target, const QString &sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {target, sql});
    if (!shell.waitForFinished(kTimeoutMs)) {
        shell.kill();
        shell.waitForFinished();
        return QStringLiteral("sqlite3 timed out");
    }
    return QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError()).trimmed();
}

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

void KillNine::warmUp()
{
    for (int i = 0; i < 8; ++i) {
        runCycle(Op::CaseAdd, false);
    }
    for (const Op op : {Op::CaseUpdate, Op::AttachmentsAdd, Op::AttachmentsPurge, Op::BackupOut, Op::BackupRotate,
                        Op::Restore, Op::Create}) {
        for (int i = 0; i < 3; ++i) {
            runCycle(op, false);
        }
    }
    m_warmUpRuns = m_cycle;
}

void KillNine::cycle()
{
    quint32 draw = m_rng.bounded(std::accumulate(kWeights.begin(), kWeights.end(), 0U));
    int op = 0;
    while (draw >= kWeights.at(op)) {
        draw -= kWeights.at(op++);
    }
    runCycle(Op(op), true);
}

void KillNine::finish()
{
    runCycle(Op::CaseUpdate, false);
    runCycle(Op::BackupOut, false);
    for (const QString &folder : {m_office, m_backups}) {
        for (const QString &name : entriesOf(folder)) {
            if (looksTemporary(name)) {
                finding(QStringLiteral("left at the end: %1").arg(QDir(folder).filePath(name)));
            }
        }
    }
}

Outcome KillNine::launch(const QStringList &args, qint64 delayUs) const
{
    Outcome o;
    o.delayUs = delayUs;
    QProcess process;
    // The command line makes its files private itself (umask 077): an open umask must change nothing.
    process.setChildProcessModifier([] { ::umask(0); });
    process.setProgram(QStringLiteral(DPODESK_CLI_PATH));
    process.setArguments(args);
    process.setProcessEnvironment(env());
    process.start();
    if (!process.waitForStarted(kTimeoutMs)) {
        o.err = "could not start: " + process.errorString().toUtf8();
        return o;
    }
    QElapsedTimer timer;
    timer.start();
    if (delayUs >= 0) {
        std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
        ::kill(pid_t(process.processId()), SIGKILL); // no effect if it has ended already (not reaped yet)
    }
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished(kTimeoutMs);
        o.err = "timed out";
        return o;
    }
    o.elapsedUs = timer.nsecsElapsed() / 1000;
    o.out = process.readAllStandardOutput();
    o.err += process.readAllStandardError();
    o.killed = process.exitStatus() == QProcess::CrashExit;
    o.code = o.killed ? -2 : process.exitCode();
    return o;
}

Run KillNine::runToEnd(const QStringList &args) const
{
    const Outcome o = launch(args, -1);
    Run r;
    r.args = args;
    r.code = o.killed ? -2 : o.code;
    r.out = o.out;
    r.err = o.err;
    return r;
}

Plan KillNine::prepare(Op op)
{
    Plan plan;
    // An operation that has nothing to work on yet becomes one that has.
    if ((op == Op::CaseUpdate || op == Op::AttachmentsAdd) && m_model.references.isEmpty()) {
        op = Op::CaseAdd;
    }
    if (op == Op::AttachmentsPurge && m_model.kept.isEmpty()) {
        op = Op::AttachmentsAdd;
    }
    if (op == Op::Restore && m_restorable.isEmpty()) {
        op = Op::BackupOut;
    }
    plan.op = op;
    QStringList references(m_model.references.cbegin(), m_model.references.cend());
    references.sort();
    const auto anyReference = [&] { return references.value(int(m_rng.bounded(quint32(references.size())))); };
    const auto person = [&] { return QStringLiteral("Person %1").arg(m_rng.bounded(100000U)); };
    switch (op) {
    case Op::CaseAdd:
    case Op::Create:
        plan.args = words({"case", "add", "--json", "--right", "access", "--right", "erasure", "--received",
                           "2026-01-05", "--email", "person@example.fr", "--note", "Asked by letter", "--last-name"})
                    << person();
        if (op == Op::Create) {
            plan.target = m_newRegister;
            plan.args << databaseOption(m_newRegister);
        } else {
            plan.args = onRegister(plan.args);
        }
        break;
    case Op::CaseUpdate:
        plan.reference = anyReference();
        plan.args =
            onRegister(words({"case", "update"}) << plan.reference << QStringLiteral("--note")
                                                 << QStringLiteral("Called back (%1)").arg(m_rng.bounded(100000U)));
        break;
    case Op::AttachmentsAdd: {
        plan.reference = anyReference();
        plan.files = 1 + int(m_rng.bounded(4U));
        for (const QString &old : QDir(m_files).entryList(QDir::Files)) {
            QFile::remove(QDir(m_files).filePath(old));
        }
        plan.args = words({"attachments", "add", "--kind", "identity-proof"}) << plan.reference;
        for (int i = 0; i < plan.files; ++i) {
            const QString path = QDir(m_files).filePath(QStringLiteral("scan-%1-%2.bin").arg(m_cycle).arg(i));
            QByteArray bytes(4096 + int(m_rng.bounded(120U * 1024U)), Qt::Uninitialized);
            m_rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                finding(QStringLiteral("cannot write %1").arg(path));
            }
            plan.args << path;
        }
        plan.args = onRegister(plan.args);
        break;
    }
    case Op::AttachmentsPurge:
        plan.attachment = m_model.kept.value(int(m_rng.bounded(quint32(m_model.kept.size()))));
        plan.args = onRegister(words({"attachments", "purge", "--reason", "Identity checked"})
                               << QString::number(plan.attachment));
        break;
    case Op::BackupOut:
        plan.target = backupsFile(QStringLiteral("manual-%1.sqlite").arg(m_rng.bounded(quint32(kManualNames))));
        plan.args = onRegister(words({"backup", "--out"}) << plan.target);
        break;
    case Op::BackupRotate:
        // Mostly a new day (a new file, and the oldest deleted); sometimes the same day (today's file exists).
        if (m_rng.bounded(4U) != 0) {
            m_today = m_today.addDays(1);
        }
        plan.target = todaysBackup();
        plan.args = onRegister(words({"backup", "--rotate", "--keep"}) << QString::number(kKeep));
        break;
    case Op::Restore: {
        QStringList candidates = m_restorable.keys();
        candidates.sort();
        plan.target = candidates.value(int(m_rng.bounded(quint32(candidates.size()))));
        plan.restoring = m_backupStates.value(m_restorable.value(plan.target));
        plan.args = onRegister(words({"restore", "--yes"}) << plan.target);
        // The lock a killed restore left is taken over. One left empty (killed between creating and writing it) is
        // taken over once a second old: wait for that, it is no finding.
        const QFileInfo lock(m_register + QStringLiteral(".lock"));
        plan.staleLock = lock.exists();
        if (plan.staleLock && lock.size() == 0) {
            ++m_unnamedLocks;
            const qint64 age = lock.lastModified().msecsTo(QDateTime::currentDateTime());
            std::this_thread::sleep_for(std::chrono::milliseconds(std::max<qint64>(0, 1100 - age)));
        }
        break;
    }
    }
    if (!plan.target.isEmpty() && op != Op::Create) {
        plan.targetExisted = QFileInfo::exists(plan.target);
        plan.targetSha = sha256Of(plan.target);
        plan.targetChecksum = QFileInfo::exists(plan.target + QStringLiteral(".sha256"));
    }
    return plan;
}

void KillNine::runCycle(Op op, bool counted)
{
    ++m_cycle;
    const Plan plan = prepare(op);
    OpFigures &f = m_ops.at(int(plan.op));
    const bool control = !counted || m_rng.bounded(quint32(kControlEvery)) == 0;
    const qint64 delay = control ? -1 : qint64(m_rng.bounded(quint32(f.typicalUs + 1)));
    m_current = QStringLiteral("cycle %1, %2, %3")
                    .arg(m_cycle)
                    .arg(QLatin1String(opName(plan.op)),
                         control ? QStringLiteral("not killed") : QStringLiteral("SIGKILL after %1 us").arg(delay));
    const Outcome o = launch(plan.args, delay);
    if (counted) {
        ++f.cycles;
        f.killed += o.killed ? 1 : 0;
        f.endedFirst += !o.killed && !control ? 1 : 0;
        f.controls += control ? 1 : 0;
    }
    if (control && o.completed()) {
        // The typical run time: the median of the last five runs to their end.
        f.recentUs << o.elapsedUs;
        if (f.recentUs.size() > 5) {
            f.recentUs.removeFirst();
        }
        QList<qint64> sorted = f.recentUs;
        std::sort(sorted.begin(), sorted.end());
        f.typicalUs = sorted.at(sorted.size() / 2);
    }
    if (m_verbose) {
        std::fprintf(stdout, "killnine: %s: %s\n", qPrintable(m_current),
                     o.killed ? "killed"
                              : qPrintable(QStringLiteral("exit %1 after %2 us").arg(o.code).arg(o.elapsedUs)));
        std::fflush(stdout);
    }
    examine(plan, o);
}

void KillNine::examine(const Plan &plan, const Outcome &o)
{
    if (!o.killed && o.code != kOk) {
        finding(QStringLiteral("dpodesk-cli %1 exited %2: %3")
                    .arg(plan.args.join(u' '))
                    .arg(o.code)
                    .arg(QString::fromUtf8(o.err).trimmed()));
    }
    // 1. What the process left, before any other program runs.
    inspectLeftovers(o);
    // 2. The register opens normally, is whole, and its trail and files verify.
    checkOpens();
    const RegisterState now = killnine::readState(m_register, false);
    if (!now.error.isEmpty()) {
        finding(QStringLiteral("the register cannot be read: %1").arg(now.error));
        return;
    }
    if (now.duplicateReferences != 0 || now.casesWithoutRights != 0 || now.erasedWithBytes != 0 ||
        now.keptWithoutBytes != 0) {
        finding(QStringLiteral("%1 duplicate reference(s), %2 case(s) without rights, %3 erased attachment(s) with "
                               "their bytes, %4 attachment(s) without")
                    .arg(now.duplicateReferences)
                    .arg(now.casesWithoutRights)
                    .arg(now.erasedWithBytes)
                    .arg(now.keptWithoutBytes));
    }
    // 3. The operation happened whole or not at all; acknowledged cases are there.
    judge(plan, o, now);
    for (const QString &reference : std::as_const(m_acknowledged)) {
        if (!now.references.contains(reference)) {
            finding(QStringLiteral("the acknowledged case %1 is not in the register").arg(reference));
        }
    }
    // 4. Backups, the copies restores keep, and the temporaries of dead processes.
    checkBackups();
    checkKeptCopies(plan);
    checkSwept(plan, o);
    m_model = now;
}

void KillNine::judge(const Plan &plan, const Outcome &o, const RegisterState &now)
{
    const RegisterState &before = m_model;
    if (plan.op == Op::Restore) {
        const bool done = judgeRestore(plan, o, now);
        OpFigures &f = m_ops.at(int(plan.op));
        (done ? f.killedDone : f.killedNotDone) += o.killed ? 1 : 0;
        return;
    }
    // Every other operation continues the trail: the head seen before is still in it.
    if (before.headSeq > 0 && killnine::trailFrom(m_register, before.headSeq).hashAt != before.headHash) {
        finding(QStringLiteral("the audit trail no longer holds the event %1 seen before").arg(before.headSeq));
    }
    if (now.headSeq < before.headSeq) {
        finding(QStringLiteral("the audit trail went back from %1 to %2 events").arg(before.headSeq).arg(now.headSeq));
    }
    RegisterState after = before; // the data once the operation is done
    switch (plan.op) {
    case Op::CaseAdd: {
        const QSet<QString> added = now.references - before.references;
        if (added.size() == 1) {
            const QString reference = *added.cbegin();
            after.references.insert(reference);
            after.notes.insert(reference, 1);
            after.attachments.insert(reference, 0);
        }
        const QString printed = referenceIn(o.out);
        if (o.completed() && printed.isEmpty()) {
            finding(QStringLiteral("case add ended without printing a reference"));
        }
        if (!printed.isEmpty()) {
            if (!added.contains(printed)) {
                finding(QStringLiteral("case add printed %1, which was not added").arg(printed));
            }
            m_acknowledged.insert(printed);
            ++(o.completed() ? m_acknowledgedTotal : m_printedThenKilled);
        }
        break;
    }
    case Op::CaseUpdate:
        after.notes[plan.reference] += 1;
        break;
    case Op::AttachmentsAdd:
        after.attachments[plan.reference] += plan.files;
        break;
    case Op::AttachmentsPurge:
        after.erased.insert(plan.attachment);
        break;
    case Op::BackupOut:
    case Op::BackupRotate:
    case Op::Create:
    case Op::Restore:
        break;
    }
    bool done = false;
    if (plan.op == Op::BackupOut || plan.op == Op::BackupRotate) {
        if (!now.sameData(before)) {
            finding(QStringLiteral("a backup changed the register's data: %1").arg(now.differences(before)));
        }
        done = judgeBackupTarget(plan, o, now);
    } else if (plan.op == Op::Create) {
        if (!now.sameData(before) || !now.sameHead(before)) {
            finding(QStringLiteral("creating another register changed this one"));
        }
        done = judgeCreate(o);
    } else if (now.sameData(after) && !after.sameData(before)) {
        done = true;
    } else if (!now.sameData(before)) {
        finding(QStringLiteral("half done: the register is neither as before (%1) nor as after (%2)")
                    .arg(now.differences(before), now.differences(after)));
    }
    if (o.completed() && !done && !(plan.op == Op::BackupRotate && plan.targetExisted && plan.targetChecksum)) {
        finding(QStringLiteral("ended with exit 0, but its change is not there"));
    }
    OpFigures &f = m_ops.at(int(plan.op));
    (done ? f.killedDone : f.killedNotDone) += o.killed ? 1 : 0;
}

bool KillNine::judgeBackupTarget(const Plan &plan, const Outcome &o, const RegisterState &now)
{
    const QString &target = plan.target;
    const bool checksum = QFileInfo::exists(target + QStringLiteral(".sha256"));
    if (plan.op == Op::BackupRotate && o.completed()) {
        static const QRegularExpression daily(QStringLiteral(R"(^register-\d{4}-\d{2}-\d{2}\.sqlite$)"));
        const QStringList kept = entriesOf(m_backups).filter(daily);
        if (kept.size() > kKeep || !kept.contains(QFileInfo(target).fileName())) {
            finding(QStringLiteral("after the rotation the daily backups are %1").arg(kept.join(u' ')));
        }
    }
    if (!QFileInfo::exists(target)) {
        if (plan.targetExisted) {
            finding(QStringLiteral("the backup %1 that was there is gone").arg(target));
        }
        return false;
    }
    const QByteArray sha = sha256Of(target);
    if (plan.targetExisted && sha == plan.targetSha) {
        if (plan.targetChecksum && !checksum) {
            ++m_checksumRemovedKept; // the old checksum goes first: the kill came between it and the rename
        }
        return false;
    }
    // A new backup: a copy of the register as it is (its trail ends with the event announcing it).
    const RegisterState copy = killnine::readState(target, true);
    if (!copy.sameData(now) || !copy.sameHead(now) || copy.headAction != QLatin1String("register.backup")) {
        finding(QStringLiteral("the new backup %1 is not the register: %2 against %3")
                    .arg(target, copy.describe(), now.describe()));
    }
    if (o.completed() && !checksum) {
        finding(QStringLiteral("the backup %1 ended with exit 0 without its checksum file").arg(target));
    }
    return true;
}

bool KillNine::judgeRestore(const Plan &plan, const Outcome &o, const RegisterState &now)
{
    const RegisterState &before = m_model;
    const RegisterState &backup = plan.restoring;
    bool restored = false;
    if (now.sameData(backup) && now.headAction == QLatin1String("register.restore")) {
        const killnine::TrailFrom trail = killnine::trailFrom(m_register, backup.headSeq);
        restored =
            trail.hashAt == backup.headHash && trail.actionsAfter == QStringList{QStringLiteral("register.restore")};
    }
    const bool untouched = now.sameData(before) && now.sameHead(before);
    if (!restored && !untouched) {
        finding(QStringLiteral("after the restore of %1 the register is neither as it was (%2) nor the backup (%3): %4")
                    .arg(plan.target, before.describe(), backup.describe(), now.describe()));
    }
    if (plan.staleLock && o.completed()) {
        ++m_staleLocks;
    }
    if (o.completed() && !restored) {
        finding(QStringLiteral("restore ended with exit 0, but the register is not the backup"));
    }
    if (restored) {
        // The register is the backup's lineage now: cases acknowledged after the backup was made are gone with it.
        for (auto it = m_acknowledged.begin(); it != m_acknowledged.end();) {
            if (!now.references.contains(*it)) {
                ++m_rolledBack;
                it = m_acknowledged.erase(it);
            } else {
                ++it;
            }
        }
    }
    return restored;
}

bool KillNine::judgeCreate(const Outcome &o)
{
    const QString &path = m_newRegister;
    const QString printed = referenceIn(o.out);
    bool created = false;
    if (QFileInfo::exists(path)) {
        created = true;
        const Run audit = runToEnd(words({"audit", "verify"}) << databaseOption(path));
        if (audit.code != kOk) {
            finding(QStringLiteral("the new register: audit verify: %1").arg(QString::fromUtf8(audit.describe())));
        }
        const QString verdict = sqlite3Shell(path, QStringLiteral("PRAGMA integrity_check"));
        if (verdict != QLatin1String("ok")) {
            finding(QStringLiteral("the new register: integrity_check: %1").arg(verdict));
        }
        const RegisterState state = killnine::readState(path, false);
        if (state.references.size() > 1 || (!printed.isEmpty() && !state.references.contains(printed))) {
            finding(QStringLiteral("the new register holds %1").arg(state.describe()));
        }
        if (modeOf(path) != 0600) {
            finding(QStringLiteral("the new register is readable by others"));
        }
    } else if (o.completed()) {
        finding(QStringLiteral("case add ended with exit 0, but there is no new register"));
    }
    removeWithSidecars(path);
    return created;
}

void KillNine::finding(const QString &what)
{
    const QString line = m_current + QStringLiteral(": ") + what;
    m_findings << line;
    std::fprintf(stderr, "killnine: FINDING: %s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace killnine
