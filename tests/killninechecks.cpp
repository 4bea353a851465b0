// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The files the kill -9 suite checks after each run (see killnine.h): what a killed process left beside the register
// and among the backups, whether the register opens and verifies, every backup under its final name, the copies that
// restores keep, and the temporaries swept by the next run; and the figures printed at the end.
#include "killnine.h"

#include <QFile>
#include <QFileInfo>

using namespace clitest;

namespace killnine {

void KillNine::inspectLeftovers(const Outcome &o)
{
    QSet<QString> present;
    for (const QString &folder : {m_office, m_backups}) {
        for (const QString &name : entriesOf(folder)) {
            const QString path = QDir(folder).filePath(name);
            const QRegularExpressionMatch match = temporaryPattern().match(name);
            if (!match.hasMatch()) {
                if (looksTemporary(name) && !m_reported.contains(path)) {
                    m_reported.insert(path);
                    finding(QStringLiteral("a temporary file without its host and process: %1").arg(path));
                }
                continue;
            }
            present.insert(path);
            if (m_pending.contains(path)) {
                continue;
            }
            if (!o.killed) {
                finding(QStringLiteral("a run that was not killed left %1").arg(path));
            }
            m_pending.insert(path, m_cycle);
            ++m_temporaries;
            ++m_temporariesByTag[match.captured(2) + match.captured(6)];
            if (const int mode = modeOf(path); mode != 0600) {
                finding(
                    QStringLiteral("%1 is readable by others: mode %2").arg(path).arg(mode, 4, 8, QLatin1Char('0')));
            }
            if (match.captured(3) != hostTag()) {
                finding(QStringLiteral("%1 does not name this host").arg(path));
            }
        }
    }
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (!present.contains(it.key())) {
            ++m_swept;
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    // What the kill left beside the register for the next program to recover.
    if (o.killed) {
        m_walLeft += QFileInfo(m_register + QStringLiteral("-wal")).size() > 0 ? 1 : 0;
        m_journalLeft += QFileInfo::exists(m_register + QStringLiteral("-journal")) ? 1 : 0;
    }
    // Nothing else lies in the register's folder.
    // (The lock of a killed restore stays until the next takes it over; so may QLockFile's own <lock>.rmlock, which
    // it holds while it removes a stale lock.)
    static const QRegularExpression known(QStringLiteral(
        R"(^(register|new-register)\.sqlite(-wal|-shm|-journal|\.lock|\.lock\.rmlock)?$|^register\.sqlite\.before-)"
        R"(restore-\d{8}-\d{6}(-\d+)?(-wal)?$|^backups$)"));
    for (const QString &name : entriesOf(m_office)) {
        if (!known.match(name).hasMatch() && !temporaryPattern().match(name).hasMatch() && !looksTemporary(name)) {
            finding(QStringLiteral("an unexpected file beside the register: %1").arg(name));
        }
    }
    const bool rmlock = QFileInfo::exists(m_register + QStringLiteral(".lock.rmlock"));
    m_rmlocksLeft += rmlock && !m_rmlockThere ? 1 : 0;
    m_rmlockThere = rmlock;
    for (const QString &sidecar : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                   QStringLiteral(".lock"), QStringLiteral(".lock.rmlock")}) {
        const QString path = m_register + sidecar;
        if (QFileInfo::exists(path) && modeOf(path) != 0600) {
            finding(QStringLiteral("%1 is readable by others").arg(path));
        }
    }
}

void KillNine::checkOpens()
{
    // Either dpodesk-cli or the sqlite3 shell is the first to open what the kill left (a write-ahead log to
    // recover, a hot journal): both must find the register whole.
    const bool shellFirst = m_rng.bounded(2U) == 0;
    const auto integrity = [&] {
        const QString verdict = sqlite3Shell(m_register, QStringLiteral("PRAGMA integrity_check"));
        if (verdict != QLatin1String("ok")) {
            finding(QStringLiteral("integrity_check of the register: %1").arg(verdict));
        }
    };
    if (shellFirst) {
        integrity();
    }
    const Run audit = runToEnd(onRegister(words({"audit", "verify"})));
    if (audit.code != kOk) {
        finding(QStringLiteral("audit verify: %1").arg(QString::fromUtf8(audit.describe())));
    }
    if (!shellFirst) {
        integrity();
    }
    const Run attachments = runToEnd(onRegister(words({"attachments", "verify"})));
    if (attachments.code != kOk) {
        finding(QStringLiteral("attachments verify: %1").arg(QString::fromUtf8(attachments.describe())));
    }
}

void KillNine::checkBackups()
{
    for (const QString &name : entriesOf(m_backups)) {
        const QString path = backupsFile(name);
        if (temporaryPattern().match(name).hasMatch() || looksTemporary(name)) {
            continue;
        }
        if (name.endsWith(QLatin1String(".sha256"))) {
            const QString backup = path.chopped(7);
            if (!QFileInfo::exists(backup)) {
                ++m_orphanChecksums;
                finding(QStringLiteral("a checksum file without its backup: %1").arg(path));
            }
            continue;
        }
        if (!name.endsWith(QLatin1String(".sqlite"))) {
            finding(QStringLiteral("an unexpected file among the backups: %1").arg(name));
            continue;
        }
        const bool checksum = QFileInfo::exists(path + QStringLiteral(".sha256"));
        const QByteArray sha = sha256Of(path);
        const QByteArray key =
            sha + (checksum ? QByteArray("+" + sha256Of(path + QStringLiteral(".sha256"))) : QByteArray("-"));
        if (m_checkedBackups.value(path) == key) {
            continue;
        }
        m_checkedBackups.insert(path, key);
        m_restorable.remove(path);
        ++m_backupsChecked;
        for (const QString &file : {path, QString(path + QStringLiteral(".sha256"))}) {
            if (QFileInfo::exists(file) && modeOf(file) != 0600) {
                finding(QStringLiteral("%1 is readable by others").arg(file));
            }
        }
        if (QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-journal"))) {
            finding(QStringLiteral("a write-ahead log or journal lies beside the backup %1").arg(path));
        }
        if (checksum) {
            QFile file(path + QStringLiteral(".sha256"));
            file.open(QIODevice::ReadOnly);
            if (file.read(64) != sha) {
                finding(QStringLiteral("the checksum file of %1 describes other bytes").arg(path));
            }
        }
        // Complete and restorable under its final name; without its checksum file, only when asked explicitly.
        QStringList check = onRegister(words({"restore", "--check"}) << path);
        if (!checksum) {
            ++m_withoutChecksum;
            const Run refused = runToEnd(check);
            if (refused.code != kFailure || !refused.err.contains("checksum")) {
                finding(QStringLiteral("a backup without its checksum file was not refused: %1")
                            .arg(QString::fromUtf8(refused.describe())));
            }
            const QByteArray registerBefore = sha256Of(m_register);
            const Run restoreRefused = runToEnd(onRegister(words({"restore", "--yes"}) << path));
            if (restoreRefused.code != kFailure || sha256Of(m_register) != registerBefore) {
                finding(QStringLiteral("restore --yes of a backup without its checksum file: %1")
                            .arg(QString::fromUtf8(restoreRefused.describe())));
            }
            check << QStringLiteral("--without-checksum");
        }
        const Run verdict = runToEnd(check);
        if (verdict.code != kOk) {
            finding(QStringLiteral("a backup under its final name cannot be restored: %1")
                        .arg(QString::fromUtf8(verdict.describe())));
            continue;
        }
        if (!m_backupStates.contains(sha)) {
            m_backupStates.insert(sha, killnine::readState(path, true));
        }
        if (checksum) {
            m_restorable.insert(path, sha);
        }
    }
    for (auto it = m_restorable.begin(); it != m_restorable.end();) {
        it = QFileInfo::exists(it.key()) ? std::next(it) : m_restorable.erase(it);
    }
}

void KillNine::checkKeptCopies(const Plan &plan)
{
    static const QRegularExpression kept(QStringLiteral(R"(^register\.sqlite\.before-restore-\d{8}-\d{6}(-\d+)?$)"));
    for (const QString &name : entriesOf(m_office)) {
        if (!kept.match(name).hasMatch()) {
            continue;
        }
        const QString path = QDir(m_office).filePath(name);
        ++m_keptCopies;
        if (plan.op != Op::Restore) {
            finding(QStringLiteral("%1 appeared without a restore").arg(name));
        }
        if (modeOf(path) != 0600) {
            finding(QStringLiteral("%1 is readable by others").arg(path));
        }
        // Whole, and the register as it was before this restore (with its write-ahead log when one was moved).
        const bool withLog = QFileInfo::exists(path + QStringLiteral("-wal"));
        const QString verdict =
            sqlite3Shell(withLog ? path : QStringLiteral("file:%1?immutable=1").arg(path), QStringLiteral("PRAGMA "
                                                                                                          "integrity_"
                                                                                                          "check"));
        if (verdict != QLatin1String("ok")) {
            finding(QStringLiteral("the kept copy %1 is not whole: %2").arg(name, verdict));
        }
        const RegisterState copy = killnine::readState(path, !withLog);
        if (!copy.sameData(m_model) || !copy.sameHead(m_model)) {
            finding(QStringLiteral("the kept copy %1 is not the register as it was: %2 against %3")
                        .arg(name, copy.describe(), m_model.describe()));
        }
        removeWithSidecars(path);
    }
}

void KillNine::checkSwept(const Plan &plan, const Outcome &o)
{
    if (!o.completed()) {
        return;
    }
    // A run that opened the register for writing swept its folder and the backups folder beside it.
    Q_UNUSED(plan);
    for (const QString &folder : {m_office, m_backups}) {
        for (const QString &name : entriesOf(folder)) {
            const QString path = QDir(folder).filePath(name);
            if (looksTemporary(name) && !m_reported.contains(path + u'/')) {
                m_reported.insert(path + u'/');
                finding(QStringLiteral("%1 was not swept by a run to its end").arg(path));
            }
        }
    }
}

QString KillNine::figures(double seconds, int cycles) const
{
    QStringList lines;
    lines << QStringLiteral("%1 cycles after %2 warm-up runs, in %3 s (%4 ms per cycle)")
                 .arg(cycles)
                 .arg(m_warmUpRuns)
                 .arg(seconds, 0, 'f', 1)
                 .arg(cycles > 0 ? seconds * 1000.0 / cycles : 0.0, 0, 'f', 0);
    lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                 .arg(QStringLiteral("operation"), -24)
                 .arg(QStringLiteral("cycles"), 7)
                 .arg(QStringLiteral("killed"), 7)
                 .arg(QStringLiteral("ended"), 6)
                 .arg(QStringLiteral("control"), 8)
                 .arg(QStringLiteral("kill-after"), 11)
                 .arg(QStringLiteral("kill-before"), 12)
                 .arg(QStringLiteral("typical"), 9);
    int killed = 0;
    int done = 0;
    int notDone = 0;
    for (int i = 0; i < kOpCount; ++i) {
        const OpFigures &f = m_ops.at(i);
        killed += f.killed;
        done += f.killedDone;
        notDone += f.killedNotDone;
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(QLatin1String(opName(Op(i))), -24)
                     .arg(f.cycles, 7)
                     .arg(f.killed, 7)
                     .arg(f.endedFirst, 6)
                     .arg(f.controls, 8)
                     .arg(f.killedDone, 11)
                     .arg(f.killedNotDone, 12)
                     .arg(QStringLiteral("%1 ms").arg(double(f.typicalUs) / 1000.0, 0, 'f', 1), 9);
    }
    lines << QStringLiteral("(ended: the SIGKILL came after the end; kill-after/kill-before: the kill landed after or "
                            "before the change was made, as seen in the register or the backup)");
    lines << QStringLiteral("kills: %1; the change was there after %2 of them, not there after %3")
                 .arg(killed)
                 .arg(done)
                 .arg(notDone);
    lines << QStringLiteral("cases acknowledged (exit 0 and a reference): %1; reference printed, then killed: %2; "
                            "every one present until a restore took the register back to an older backup (%3 so "
                            "taken back); cases in the register at the end: %4")
                 .arg(m_acknowledgedTotal)
                 .arg(m_printedThenKilled)
                 .arg(m_rolledBack)
                 .arg(m_model.references.size());
    QStringList tags;
    for (auto it = m_temporariesByTag.cbegin(); it != m_temporariesByTag.cend(); ++it) {
        tags << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    lines << QStringLiteral(
                 "temporary files seen right after a kill: %1 (%2), each checked 0600; swept by a later run: "
                 "%3; left at the end: %4")
                 .arg(m_temporaries)
                 .arg(tags.join(QStringLiteral(", ")))
                 .arg(m_swept)
                 .arg(m_pending.size());
    lines << QStringLiteral("kills that left the register a write-ahead log to recover: %1, a rollback journal: %2; "
                            "each opened normally by the next program")
                 .arg(m_walLeft)
                 .arg(m_journalLeft);
    lines << QStringLiteral("backups checked (restore --check): %1; of them without their checksum file: %2 (each "
                            "refused without --without-checksum, restorable with it); a backup kept without its "
                            "checksum by a kill: %3; checksum files without their backup: %4")
                 .arg(m_backupsChecked)
                 .arg(m_withoutChecksum)
                 .arg(m_checksumRemovedKept)
                 .arg(m_orphanChecksums);
    lines << QStringLiteral("copies kept by restores checked whole and equal to the register before: %1")
                 .arg(m_keptCopies);
    lines << QStringLiteral("locks of killed restores taken over by the next restore: %1 (of them left without a name, "
                            "killed while making them: %2); QLockFile's .rmlock left by a kill: %3 times (removed by a "
                            "later takeover)")
                 .arg(m_staleLocks)
                 .arg(m_unnamedLocks)
                 .arg(m_rmlocksLeft);
    lines << QStringLiteral("findings: %1").arg(m_findings.size());
    return lines.join(u'\n');
}

} // namespace killnine
