// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "register/casefiles.h"

#include "common/clock.h"
#include "common/filewriter.h"
#include "common/sha256.h"
#include "domain/casetext.h"
#include "domain/texthygiene.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlstores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace dpodesk {

namespace {

QJsonObject describe(const Attachment &a)
{
    return QJsonObject{{QStringLiteral("attachment"), a.id},
                       {QStringLiteral("kind"), name(a.kind)},
                       {QStringLiteral("size"), a.size},
                       {QStringLiteral("sha256"), a.sha256},
                       {QStringLiteral("mime_type"), a.mimeType}};
}

} // namespace

CaseFiles::CaseFiles(Database &database, AuditLog &audit, const Clock &clock, QString actor)
    : m_ownFiles(std::make_unique<SqlAttachmentFiles>(database)), m_database(database), m_files(*m_ownFiles),
      m_audit(audit), m_clock(clock), m_actor(std::move(actor))
{
}

CaseFiles::CaseFiles(Database &database, AttachmentFiles &files, AuditLog &audit, const Clock &clock, QString actor)
    : m_database(database), m_files(files), m_audit(audit), m_clock(clock), m_actor(std::move(actor))
{
}

CaseFiles::~CaseFiles() = default;

Result<void> CaseFiles::checkContent(const QString &originalName, const QByteArray &content) const
{
    if (content.size() > m_maxSize) {
        return makeError(Error::Code::Invalid,
                         tr("\"%1\" is %2; files over %3 are not kept in the register (see the size limit in the "
                            "settings).")
                             .arg(FileNames::cleanDisplayName(originalName),
                                  QLocale().formattedDataSize(content.size()), QLocale().formattedDataSize(m_maxSize)),
                         QStringLiteral("size"));
    }
    if (content.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("\"%1\" is empty.").arg(FileNames::cleanDisplayName(originalName)),
                         QStringLiteral("size"));
    }
    return {};
}

Result<Attachment> CaseFiles::insertInTransaction(qint64 caseId, const QString &reference, AttachmentKind kind,
                                                  const QString &originalName, const QByteArray &content)
{
    Attachment a;
    a.caseId = caseId;
    a.kind = kind;
    a.displayName = FileNames::cleanDisplayName(originalName);
    a.mimeType = FileNames::sniffMimeType(content);
    a.size = content.size();
    a.sha256 = sha256Hex(content);
    a.addedAt = m_clock.nowUtc();
    a.addedBy = m_actor;
    auto id = m_files.insert(a, content);
    if (!id) {
        return id.error();
    }
    a.id = *id;
    // The name may be personal data: the trail keeps what identifies the file, not what it was called.
    auto event = m_audit.append(QStringLiteral("attachment.add"), reference, describe(a));
    if (!event) {
        return event.error();
    }
    return a;
}

Result<Attachment> CaseFiles::add(qint64 caseId, AttachmentKind kind, const QString &originalName,
                                  const QByteArray &content)
{
    if (auto ok = checkContent(originalName, content); !ok) {
        return ok.error();
    }
    auto reference = m_files.caseReference(caseId);
    if (!reference) {
        return reference.error();
    }
    Attachment added;
    auto written = m_database.write([&]() -> Result<void> {
        auto a = insertInTransaction(caseId, *reference, kind, originalName, content);
        if (!a) {
            return a.error();
        }
        added = std::move(a).value();
        return {};
    });
    if (!written) {
        return written.error();
    }
    return added;
}

Result<QByteArray> CaseFiles::readFile(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(Error::Code::NotFound, tr("Cannot read %1: there is no such file.").arg(path),
                         QStringLiteral("path"));
    }
    if (!info.isFile()) {
        return makeError(Error::Code::Invalid, tr("%1 is not a regular file.").arg(path), QStringLiteral("path"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io, tr("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    if (file.size() > m_maxSize) {
        return makeError(Error::Code::Invalid,
                         tr("\"%1\" is %2; files over %3 are not kept in the register (see the size limit in the "
                            "settings).")
                             .arg(FileNames::cleanDisplayName(QFileInfo(path).fileName()),
                                  QLocale().formattedDataSize(file.size()), QLocale().formattedDataSize(m_maxSize)),
                         QStringLiteral("size"));
    }
    const QByteArray content = file.read(m_maxSize + 1); // never more than the limit, whatever the size said
    if (content.size() > m_maxSize) {
        return makeError(Error::Code::Invalid, tr("%1 is larger than the size limit.").arg(path),
                         QStringLiteral("size"));
    }
    if (file.error() != QFileDevice::NoError) {
        return makeError(Error::Code::Io, tr("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    if (auto ok = checkContent(QFileInfo(path).fileName(), content); !ok) {
        return ok.error();
    }
    return content;
}

Result<Attachment> CaseFiles::addFile(qint64 caseId, AttachmentKind kind, const QString &path)
{
    auto content = readFile(path);
    if (!content) {
        return content.error();
    }
    return add(caseId, kind, QFileInfo(path).fileName(), *content);
}

Result<QList<Attachment>> CaseFiles::addFiles(qint64 caseId, AttachmentKind kind, const QStringList &paths)
{
    const auto refused = [&paths](qsizetype index, const Error &error) {
        if (paths.size() == 1) {
            return error;
        }
        return makeError(error.code,
                         tr("File %1 of %2 refused, so none of the %2 files were added: %3")
                             .arg(index + 1)
                             .arg(paths.size())
                             .arg(error.message),
                         error.field);
    };
    // Every file read and checked before anything is stored; only its checksum is kept, so that a batch of large
    // scans does not have to fit in memory at once.
    QStringList checksums;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        auto content = readFile(paths.at(i));
        if (!content) {
            return refused(i, content.error());
        }
        checksums << sha256Hex(*content);
    }
    auto reference = m_files.caseReference(caseId);
    if (!reference) {
        return reference.error();
    }
    QList<Attachment> added;
    auto written = m_database.write([&]() -> Result<void> {
        for (qsizetype i = 0; i < paths.size(); ++i) {
            auto content = readFile(paths.at(i));
            if (!content) {
                return refused(i, content.error());
            }
            if (sha256Hex(*content) != checksums.at(i)) {
                return refused(i,
                               makeError(Error::Code::Io, tr("%1 changed while it was being added.").arg(paths.at(i)),
                                         QStringLiteral("path")));
            }
            auto a = insertInTransaction(caseId, *reference, kind, QFileInfo(paths.at(i)).fileName(), *content);
            if (!a) {
                return a.error();
            }
            added << std::move(a).value();
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    return added;
}

Result<QList<Attachment>> CaseFiles::list(qint64 caseId) const
{
    return m_files.list(caseId);
}

Result<Attachment> CaseFiles::find(qint64 id) const
{
    return m_files.find(id);
}

Result<QByteArray> CaseFiles::content(qint64 id, const QString &why)
{
    auto a = find(id);
    if (!a) {
        return a.error();
    }
    if (a->isPurged()) {
        return makeError(Error::Code::NotFound,
                         tr("\"%1\" was erased on %2 (%3); only its record remains.")
                             .arg(a->displayName, a->purgedAt.toString(Qt::ISODate), a->purgeReason));
    }
    auto stored = m_files.content(id);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return makeError(Error::Code::Corrupt,
                         tr("The bytes of \"%1\" are missing from the register.").arg(a->displayName));
    }
    const QByteArray bytes = **stored;
    if (sha256Hex(bytes) != a->sha256) {
        return makeError(
            Error::Code::Corrupt,
            tr("\"%1\" no longer matches the SHA-256 recorded when it was added: it was altered.").arg(a->displayName));
    }
    auto reference = m_files.caseReference(a->caseId);
    if (!reference) {
        return reference.error();
    }
    // Accountability (GDPR art. 5(2)): who looked at which document, and why.
    QJsonObject details = describe(*a);
    details.insert(QStringLiteral("purpose"), why);
    auto logged = m_database.write([&]() -> Result<void> {
        auto event = m_audit.append(QStringLiteral("attachment.") + why, *reference, details);
        return event ? Result<void>() : Result<void>(event.error());
    });
    if (!logged) {
        return logged.error();
    }
    return bytes;
}

Result<QString> CaseFiles::exportTo(qint64 id, const QString &folder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        return makeError(Error::Code::NotFound, tr("The folder %1 does not exist.").arg(folder));
    }
    auto a = find(id);
    if (!a) {
        return a.error();
    }
    const QString fileName = FileNames::safeFileName(a->displayName);
    const QString target = QDir::cleanPath(dir.absoluteFilePath(fileName));
    // Belt and braces: whatever the name, the file lands directly in the folder chosen.
    if (QFileInfo(target).absolutePath() != QDir::cleanPath(dir.absolutePath())) {
        return makeError(Error::Code::Invalid, tr("Refusing to write outside %1.").arg(folder));
    }
    // A link (even a dangling one) would be followed by the write: refused like an existing file.
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        return makeError(Error::Code::Conflict,
                         tr("%1 already exists; it was left as it is. Choose another folder.").arg(target));
    }
    auto bytes = content(id, QStringLiteral("export"));
    if (!bytes) {
        return bytes.error();
    }
    // Written beside under a temporary name (0600), synced, then linked in without replacing anything: a killed export
    // leaves no half file under the name, and its temporary is swept by the next one.
    if (auto written = FileWriter::writeNew(target, *bytes); !written) {
        return written.error();
    }
    QFile check(target);
    if (!check.open(QIODevice::ReadOnly) || sha256Hex(check.readAll()) != a->sha256) {
        check.close();
        QFile::remove(target);
        return makeError(Error::Code::Io,
                         tr("%1 was not written completely (the disk may be full); it was removed.").arg(target));
    }
    return target;
}

Result<void> CaseFiles::purgeInTransaction(const Attachment &a, const QString &reason)
{
    // The file's name may be personal data too ("passeport_DUPONT_1975.jpg"): it goes with the bytes.
    if (auto ok =
            m_files.eraseContent(a.id, tr("%1 #%2 (erased)").arg(label(a.kind)).arg(a.id), m_clock.nowUtc(), reason);
        !ok) {
        return ok;
    }
    auto reference = m_files.caseReference(a.caseId);
    if (!reference) {
        return reference.error();
    }
    QJsonObject details = describe(a);
    details.insert(QStringLiteral("reason"), reason);
    auto event = m_audit.append(QStringLiteral("attachment.purge"), *reference, details);
    return event ? Result<void>() : Result<void>(event.error());
}

Result<void> CaseFiles::checkpoint()
{
    // The erased bytes are overwritten in the database, but its own log may still hold them as they were written.
    auto emptied = m_database.checkpoint();
    if (!emptied) {
        return emptied.error();
    }
    if (!*emptied) {
        return makeError(Error::Code::Locked,
                         tr("The attachment was erased, but another program holding the register prevented the "
                            "write-ahead log from being cleared; close it and erase again."));
    }
    return {};
}

Result<void> CaseFiles::purge(qint64 id, const QString &reason)
{
    auto a = find(id);
    if (!a) {
        return a.error();
    }
    if (a->isPurged()) {
        return checkpoint(); // erased earlier: make sure no copy is left in the write-ahead log either
    }
    const QString why = TextHygiene::clean(reason, TextKind::SingleLine);
    if (why.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("Say why the file is erased: the reason is kept."),
                         QStringLiteral("reason"));
    }
    if (auto ok = m_database.write([&] { return purgeInTransaction(*a, why); }); !ok) {
        return ok;
    }
    return checkpoint();
}

Result<AttachmentCheck> CaseFiles::verifyAll() const
{
    return checkAttachments(m_files);
}

Result<int> CaseFiles::recordVerification(const IdentityVerification &given, bool keepCopies)
{
    // Text from outside, kept with the case: cleaned and held to its limit like the texts of the case.
    IdentityVerification v = given;
    v.verifiedBy = TextHygiene::clean(v.verifiedBy, TextKind::SingleLine);
    v.documentType = TextHygiene::clean(v.documentType, TextKind::SingleLine);
    v.note = TextHygiene::clean(v.note, TextKind::MultiLine);
    for (const auto &[field, text] : {std::pair{CaseText::VerificationDocumentType, &v.documentType},
                                      std::pair{CaseText::VerificationNote, &v.note}}) {
        if (auto tooLong = CaseText::lengthProblem(field, *text)) {
            return *tooLong;
        }
    }
    if (!v.verifiedOn.isValid() || v.verifiedOn > m_clock.today()) {
        return makeError(Error::Code::Invalid, tr("Give the date the identity was verified (not in the future)."),
                         QStringLiteral("verifiedOn"));
    }
    auto reference = m_files.caseReference(v.caseId);
    if (!reference) {
        return reference.error();
    }
    int purged = 0;
    auto written = m_database.write([&]() -> Result<void> {
        // Read inside the transaction: a copy added meanwhile by another program is erased too.
        auto attachments = list(v.caseId);
        if (!attachments) {
            return attachments.error();
        }
        IdentityVerification stored = v;
        if (stored.verifiedBy.isEmpty()) {
            stored.verifiedBy = m_actor;
        }
        if (auto ok = m_files.saveVerification(stored); !ok) {
            return ok;
        }
        auto event = m_audit.append(QStringLiteral("identity.verified"), *reference,
                                    QJsonObject{{QStringLiteral("verified_on"), v.verifiedOn.toString(Qt::ISODate)},
                                                {QStringLiteral("method"), name(v.method)},
                                                {QStringLiteral("document_type"), v.documentType},
                                                {QStringLiteral("copies_kept"), keepCopies}});
        if (!event) {
            return event.error();
        }
        if (keepCopies) {
            return {};
        }
        // docs/rules.md#identity-proofs: after verification the identity copy is deleted; only the record remains.
        for (const Attachment &a : *attachments) {
            if (a.kind == AttachmentKind::IdentityProof && !a.isPurged()) {
                if (auto ok =
                        purgeInTransaction(a, tr("identity verified on %1").arg(v.verifiedOn.toString(Qt::ISODate)));
                    !ok) {
                    return ok;
                }
                ++purged;
            }
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    if (!keepCopies) {
        if (auto ok = checkpoint(); !ok) {
            return ok.error();
        }
    }
    return purged;
}

Result<std::optional<IdentityVerification>> CaseFiles::verification(qint64 caseId) const
{
    return m_files.verification(caseId);
}

Result<int> CaseFiles::purgeExpiredIdentityCopies(QDate today, int graceDays, int unverifiedDays)
{
    auto copies = m_files.identityCopiesDue(today.addDays(-graceDays), today.addDays(-unverifiedDays));
    if (!copies) {
        return copies.error();
    }
    QList<std::pair<qint64, QString>> due;
    for (const IdentityCopyDue &copy : *copies) {
        if (copy.verifiedOn.isValid()) {
            due.append({copy.id, tr("identity verified on %1; kept %2 day(s)")
                                     .arg(copy.verifiedOn.toString(Qt::ISODate))
                                     .arg(graceDays)});
        } else {
            due.append({copy.id, tr("never verified; case closed on %1, kept %2 day(s)")
                                     .arg(copy.closedOn.toString(Qt::ISODate))
                                     .arg(unverifiedDays)});
        }
    }
    if (due.isEmpty()) {
        return 0;
    }
    auto written = m_database.write([&]() -> Result<void> {
        for (const auto &[id, reason] : due) {
            auto a = find(id);
            if (!a) {
                return a.error();
            }
            if (a->isPurged()) {
                continue; // another program swept it meanwhile
            }
            if (auto ok = purgeInTransaction(*a, reason); !ok) {
                return ok;
            }
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    if (auto ok = checkpoint(); !ok) {
        return ok.error();
    }
    return int(due.size());
}

} // namespace dpodesk
