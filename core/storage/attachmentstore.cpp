#include "storage/attachmentstore.h"

#include "common/clock.h"
#include "common/filewriter.h"
#include "domain/casetext.h"
#include "domain/texthygiene.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include "common/sha256.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace dpodesk {

namespace {

constexpr auto kColumns = "id, case_id, kind, display_name, mime_type, size, sha256, added_at, added_by, purged_at, "
                          "purge_reason";

Attachment attachmentFrom(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.caseId = q.value(1).toLongLong();
    a.kind = parseAttachmentKind(q.value(2).toString()).value_or(AttachmentKind::OtherEvidence);
    a.displayName = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.sha256 = q.value(6).toString();
    a.addedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs).toUTC();
    a.addedBy = q.value(8).toString();
    if (!q.value(9).isNull()) {
        a.purgedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs).toUTC();
    }
    a.purgeReason = q.value(10).toString();
    return a;
}

QJsonObject describe(const Attachment &a)
{
    return QJsonObject{{QStringLiteral("attachment"), a.id},
                       {QStringLiteral("kind"), name(a.kind)},
                       {QStringLiteral("size"), a.size},
                       {QStringLiteral("sha256"), a.sha256},
                       {QStringLiteral("mime_type"), a.mimeType}};
}

} // namespace

AttachmentStore::AttachmentStore(Database &database, AuditLog &audit, const Clock &clock, QString actor)
    : m_database(database), m_audit(audit), m_clock(clock), m_actor(std::move(actor))
{
}

Result<QString> AttachmentStore::referenceOf(qint64 caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT reference FROM cases WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), caseId);
    if (auto ok = m_database.exec(q, tr("finding the case")); !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, tr("There is no case with id %1.").arg(caseId));
    }
    return q.value(0).toString();
}

Result<void> AttachmentStore::checkContent(const QString &originalName, const QByteArray &content) const
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

Result<Attachment> AttachmentStore::insertInTransaction(qint64 caseId, const QString &reference, AttachmentKind kind,
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
    QSqlQuery q(m_database.connection());
    // The id the database gives the row, read back by the statement itself (SQLite and PostgreSQL alike).
    q.prepare(QStringLiteral("INSERT INTO attachments (case_id, kind, display_name, mime_type, size, sha256, "
                             "added_at, added_by) VALUES (:case, :kind, :name, :mime, :size, :sha, :at, :by) "
                             "RETURNING id"));
    q.bindValue(QStringLiteral(":case"), caseId);
    q.bindValue(QStringLiteral(":kind"), name(kind));
    q.bindValue(QStringLiteral(":name"), a.displayName);
    q.bindValue(QStringLiteral(":mime"), a.mimeType);
    q.bindValue(QStringLiteral(":size"), a.size);
    q.bindValue(QStringLiteral(":sha"), a.sha256);
    q.bindValue(QStringLiteral(":at"), auditTime(a.addedAt));
    q.bindValue(QStringLiteral(":by"), a.addedBy);
    if (auto ok = m_database.exec(q, tr("storing the attachment")); !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return m_database.errorFor(q.lastError(), tr("storing the attachment"));
    }
    a.id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery bytes(m_database.connection());
    bytes.prepare(QStringLiteral("INSERT INTO attachment_contents (attachment_id, content) VALUES (:id, :c)"));
    bytes.bindValue(QStringLiteral(":id"), a.id);
    bytes.bindValue(QStringLiteral(":c"), content);
    if (auto ok = m_database.exec(bytes, tr("storing the attachment")); !ok) {
        return ok.error();
    }
    // The name may be personal data: the trail keeps what identifies the file, not what it was called.
    auto event = m_audit.append(QStringLiteral("attachment.add"), reference, describe(a));
    if (!event) {
        return event.error();
    }
    return a;
}

Result<Attachment> AttachmentStore::add(qint64 caseId, AttachmentKind kind, const QString &originalName,
                                        const QByteArray &content)
{
    if (auto ok = checkContent(originalName, content); !ok) {
        return ok.error();
    }
    auto reference = referenceOf(caseId);
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

Result<QByteArray> AttachmentStore::readFile(const QString &path) const
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

Result<Attachment> AttachmentStore::addFile(qint64 caseId, AttachmentKind kind, const QString &path)
{
    auto content = readFile(path);
    if (!content) {
        return content.error();
    }
    return add(caseId, kind, QFileInfo(path).fileName(), *content);
}

Result<QList<Attachment>> AttachmentStore::addFiles(qint64 caseId, AttachmentKind kind, const QStringList &paths)
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
    auto reference = referenceOf(caseId);
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

Result<QList<Attachment>> AttachmentStore::list(qint64 caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM attachments WHERE case_id = :case ORDER BY id").arg(QLatin1String(kColumns)));
    q.bindValue(QStringLiteral(":case"), caseId);
    if (auto ok = m_database.exec(q, tr("listing the attachments")); !ok) {
        return ok.error();
    }
    QList<Attachment> all;
    while (q.next()) {
        all << attachmentFrom(q);
    }
    return all;
}

Result<Attachment> AttachmentStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE id = :id").arg(QLatin1String(kColumns)));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto ok = m_database.exec(q, tr("reading the attachment")); !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, tr("There is no attachment %1.").arg(id));
    }
    return attachmentFrom(q);
}

Result<QByteArray> AttachmentStore::content(qint64 id, const QString &why)
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
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT content FROM attachment_contents WHERE attachment_id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto ok = m_database.exec(q, tr("reading the attachment")); !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return makeError(Error::Code::Corrupt,
                         tr("The bytes of \"%1\" are missing from the register.").arg(a->displayName));
    }
    const QByteArray bytes = q.value(0).toByteArray();
    q.finish();
    if (sha256Hex(bytes) != a->sha256) {
        return makeError(
            Error::Code::Corrupt,
            tr("\"%1\" no longer matches the SHA-256 recorded when it was added: it was altered.").arg(a->displayName));
    }
    auto reference = referenceOf(a->caseId);
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

Result<QString> AttachmentStore::exportTo(qint64 id, const QString &folder)
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

Result<void> AttachmentStore::purgeInTransaction(const Attachment &a, const QString &reason)
{
    QSqlQuery bytes(m_database.connection());
    bytes.prepare(QStringLiteral("DELETE FROM attachment_contents WHERE attachment_id = :id"));
    bytes.bindValue(QStringLiteral(":id"), a.id);
    if (auto ok = m_database.exec(bytes, tr("erasing the attachment")); !ok) {
        return ok;
    }
    QSqlQuery mark(m_database.connection());
    // The file's name may be personal data too ("passeport_DUPONT_1975.jpg"): it goes with the bytes.
    mark.prepare(QStringLiteral("UPDATE attachments SET purged_at = :at, purge_reason = :reason, display_name = :name "
                                "WHERE id = :id"));
    mark.bindValue(QStringLiteral(":name"), tr("%1 #%2 (erased)").arg(label(a.kind)).arg(a.id));
    mark.bindValue(QStringLiteral(":at"), auditTime(m_clock.nowUtc()));
    mark.bindValue(QStringLiteral(":reason"), reason);
    mark.bindValue(QStringLiteral(":id"), a.id);
    if (auto ok = m_database.exec(mark, tr("erasing the attachment")); !ok) {
        return ok;
    }
    auto reference = referenceOf(a.caseId);
    if (!reference) {
        return reference.error();
    }
    QJsonObject details = describe(a);
    details.insert(QStringLiteral("reason"), reason);
    auto event = m_audit.append(QStringLiteral("attachment.purge"), *reference, details);
    return event ? Result<void>() : Result<void>(event.error());
}

Result<void> AttachmentStore::checkpoint()
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

Result<void> AttachmentStore::purge(qint64 id, const QString &reason)
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

Result<AttachmentCheck> AttachmentStore::verifyAll() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.case_id, a.kind, a.display_name, a.mime_type, a.size, a.sha256, "
                             "a.added_at, a.added_by, a.purged_at, a.purge_reason, c.content FROM attachments a "
                             "LEFT JOIN attachment_contents c ON c.attachment_id = a.id ORDER BY a.id"));
    if (auto ok = m_database.exec(q, tr("checking the attachments")); !ok) {
        return ok.error();
    }
    AttachmentCheck check;
    while (q.next()) {
        const Attachment a = attachmentFrom(q);
        if (a.isPurged()) {
            ++check.purged;
            continue;
        }
        ++check.checked;
        if (q.value(11).isNull() || sha256Hex(q.value(11).toByteArray()) != a.sha256) {
            check.mismatches << a;
        }
    }
    return check;
}

Result<int> AttachmentStore::recordVerification(const IdentityVerification &given, bool keepCopies)
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
    auto reference = referenceOf(v.caseId);
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
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO identity_verifications (case_id, verified_on, verified_by, method, document_type, note) "
            "VALUES (:case, :on, :by, :method, :doc, :note) ON CONFLICT (case_id) DO UPDATE SET "
            "verified_on = excluded.verified_on, verified_by = excluded.verified_by, method = excluded.method, "
            "document_type = excluded.document_type, note = excluded.note"));
        q.bindValue(QStringLiteral(":case"), v.caseId);
        q.bindValue(QStringLiteral(":on"), v.verifiedOn.toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":by"), v.verifiedBy.isEmpty() ? m_actor : v.verifiedBy);
        q.bindValue(QStringLiteral(":method"), name(v.method));
        q.bindValue(QStringLiteral(":doc"), v.documentType.isNull() ? QStringLiteral("") : v.documentType);
        q.bindValue(QStringLiteral(":note"), v.note.isNull() ? QStringLiteral("") : v.note);
        if (auto ok = m_database.exec(q, tr("recording the verification")); !ok) {
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

Result<std::optional<IdentityVerification>> AttachmentStore::verification(qint64 caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT verified_on, verified_by, method, document_type, note FROM identity_verifications "
                             "WHERE case_id = :case"));
    q.bindValue(QStringLiteral(":case"), caseId);
    if (auto ok = m_database.exec(q, tr("reading the verification")); !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return std::optional<IdentityVerification>();
    }
    IdentityVerification v;
    v.caseId = caseId;
    v.verifiedOn = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    v.verifiedBy = q.value(1).toString();
    v.method = parseVerificationMethod(q.value(2).toString()).value_or(VerificationMethod::Other);
    v.documentType = q.value(3).toString();
    v.note = q.value(4).toString();
    return std::optional<IdentityVerification>(v);
}

} // namespace dpodesk

namespace dpodesk {

Result<int> AttachmentStore::purgeExpiredIdentityCopies(QDate today, int graceDays, int unverifiedDays)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT a.id, v.verified_on, c.closed_on FROM attachments a JOIN cases c ON c.id = a.case_id "
        "LEFT JOIN identity_verifications v ON v.case_id = a.case_id "
        "WHERE a.kind = :kind AND a.purged_at IS NULL AND (v.case_id IS NOT NULL OR c.closed_on IS NOT NULL)"));
    q.bindValue(QStringLiteral(":kind"), name(AttachmentKind::IdentityProof));
    if (auto ok = m_database.exec(q, tr("looking for identity copies to erase")); !ok) {
        return ok.error();
    }
    QList<std::pair<qint64, QString>> due;
    while (q.next()) {
        const QDate verified = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QDate closed = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (verified.isValid() && verified.addDays(graceDays) <= today) {
            due.append(
                {q.value(0).toLongLong(),
                 tr("identity verified on %1; kept %2 day(s)").arg(verified.toString(Qt::ISODate)).arg(graceDays)});
        } else if (!verified.isValid() && closed.isValid() && closed.addDays(unverifiedDays) <= today) {
            due.append({q.value(0).toLongLong(), tr("never verified; case closed on %1, kept %2 day(s)")
                                                     .arg(closed.toString(Qt::ISODate))
                                                     .arg(unverifiedDays)});
        }
    }
    q.finish();
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
