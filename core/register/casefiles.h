// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "attachments/attachment.h"
#include "common/result.h"
#include "storage/attachmentcheck.h"

#include <QCoreApplication>

#include <memory>

namespace dpodesk {

class AttachmentFiles;
class AuditLog;
class Clock;
class Database;

/// The rules of the files kept with the cases, inside the register, over the AttachmentFiles store
/// (docs/architecture.md, "Stores and rules"): a size limit, no empty file, names cleaned and kept for display only,
/// files read from disk all or none, bytes checked against their SHA-256 whenever read, an export never outside its
/// folder. Every add, view, export and purge is audited, in the transaction that makes it; identity copies are purged
/// once the identity is verified (docs/rules.md#identity-proofs).
class CaseFiles final {
    Q_DECLARE_TR_FUNCTIONS(CaseFiles)
public:
    static constexpr qint64 kDefaultMaxSize = 50 * 1024 * 1024;

    /// The files of the register behind database, on its SQL store.
    CaseFiles(Database &database, AuditLog &audit, const Clock &clock, QString actor);
    /// The same over the given store.
    CaseFiles(Database &database, AttachmentFiles &files, AuditLog &audit, const Clock &clock, QString actor);
    ~CaseFiles();
    Q_DISABLE_COPY_MOVE(CaseFiles)

    void setMaxSize(qint64 bytes) { m_maxSize = bytes; }
    qint64 maxSize() const { return m_maxSize; }

    /// Stores the bytes with their SHA-256, size and sniffed MIME type; the name is cleaned and kept for display.
    Result<Attachment> add(qint64 caseId, AttachmentKind kind, const QString &originalName, const QByteArray &content);
    /// Reads a file from disk and adds it; a file over the size limit is refused before it is read.
    Result<Attachment> addFile(qint64 caseId, AttachmentKind kind, const QString &path);
    /// Adds several files, all or none: every file is read and checked first (a regular file, readable, not empty,
    /// within the size limit), then all are stored in one transaction, each with its own audit event. The error names
    /// the file at fault and says that none was added.
    Result<QList<Attachment>> addFiles(qint64 caseId, AttachmentKind kind, const QStringList &paths);
    Result<QList<Attachment>> list(qint64 caseId) const;
    Result<Attachment> find(qint64 id) const;
    /// The bytes, checked against their SHA-256. why: "view", "export", "print" — written to the audit trail.
    Result<QByteArray> content(qint64 id, const QString &why);
    /// Writes the file into folder (never outside it, whatever its name), atomically, and checks what was written.
    /// Returns the path written.
    Result<QString> exportTo(qint64 id, const QString &folder);
    /// Erases the bytes (overwritten, then Database::checkpoint so that no copy stays in the database's log) and keeps
    /// the record.
    Result<void> purge(qint64 id, const QString &reason);
    /// Recomputes every SHA-256.
    Result<AttachmentCheck> verifyAll() const;

    /// Records how the identity was verified and, unless keepCopies, purges the case's identity copies at once.
    Result<int> recordVerification(const IdentityVerification &verification, bool keepCopies = false);
    Result<std::optional<IdentityVerification>> verification(qint64 caseId) const;

    /// Erases the identity copies whose time is up: verified more than graceDays ago, or never verified in a case
    /// closed unverifiedDays ago or more (docs/rules.md#identity-proofs). Returns how many were erased.
    Result<int> purgeExpiredIdentityCopies(QDate today, int graceDays, int unverifiedDays);

private:
    /// Not over the size limit, not empty.
    Result<void> checkContent(const QString &originalName, const QByteArray &content) const;
    /// A regular file, readable, checked by checkContent; a file over the size limit is refused before it is read.
    Result<QByteArray> readFile(const QString &path) const;
    /// Stores one file and its audit event, inside the caller's transaction.
    Result<Attachment> insertInTransaction(qint64 caseId, const QString &reference, AttachmentKind kind,
                                           const QString &originalName, const QByteArray &content);
    Result<void> purgeInTransaction(const Attachment &attachment, const QString &reason);
    Result<void> checkpoint();

    std::unique_ptr<AttachmentFiles> m_ownFiles; ///< the SQL store, when none was given
    Database &m_database;
    AttachmentFiles &m_files;
    AuditLog &m_audit;
    const Clock &m_clock;
    QString m_actor;
    qint64 m_maxSize = kDefaultMaxSize;
};

} // namespace dpodesk
