// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The files kept with the cases (attachments, their bytes in attachment_contents) and the records of identity
// verification, in SQL. The rules (size limit, SHA-256, audit events, identity copies) are CaseFiles' (core/register).
#include "audit/auditevent.h"
#include "storage/database.h"
#include "storage/sqlstores.h"

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

} // namespace

Result<QString> SqlAttachmentFiles::caseReference(qint64 caseId) const
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

Result<qint64> SqlAttachmentFiles::insert(const Attachment &a, const QByteArray &content)
{
    QSqlQuery q(m_database.connection());
    // The id the database gives the row, read back by the statement itself (SQLite and PostgreSQL alike).
    q.prepare(QStringLiteral("INSERT INTO attachments (case_id, kind, display_name, mime_type, size, sha256, "
                             "added_at, added_by) VALUES (:case, :kind, :name, :mime, :size, :sha, :at, :by) "
                             "RETURNING id"));
    q.bindValue(QStringLiteral(":case"), a.caseId);
    q.bindValue(QStringLiteral(":kind"), name(a.kind));
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
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery bytes(m_database.connection());
    bytes.prepare(QStringLiteral("INSERT INTO attachment_contents (attachment_id, content) VALUES (:id, :c)"));
    bytes.bindValue(QStringLiteral(":id"), id);
    bytes.bindValue(QStringLiteral(":c"), content);
    if (auto ok = m_database.exec(bytes, tr("storing the attachment")); !ok) {
        return ok.error();
    }
    return id;
}

Result<QList<Attachment>> SqlAttachmentFiles::list(qint64 caseId) const
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

Result<Attachment> SqlAttachmentFiles::find(qint64 id) const
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

Result<std::optional<QByteArray>> SqlAttachmentFiles::content(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT content FROM attachment_contents WHERE attachment_id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto ok = m_database.exec(q, tr("reading the attachment")); !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return std::optional<QByteArray>();
    }
    const QByteArray bytes = q.value(0).toByteArray();
    q.finish();
    return std::optional<QByteArray>(bytes);
}

Result<void> SqlAttachmentFiles::eraseContent(qint64 id, const QString &erasedName, const QDateTime &at,
                                              const QString &reason)
{
    QSqlQuery bytes(m_database.connection());
    bytes.prepare(QStringLiteral("DELETE FROM attachment_contents WHERE attachment_id = :id"));
    bytes.bindValue(QStringLiteral(":id"), id);
    if (auto ok = m_database.exec(bytes, tr("erasing the attachment")); !ok) {
        return ok;
    }
    QSqlQuery mark(m_database.connection());
    mark.prepare(QStringLiteral("UPDATE attachments SET purged_at = :at, purge_reason = :reason, display_name = :name "
                                "WHERE id = :id"));
    mark.bindValue(QStringLiteral(":name"), erasedName);
    mark.bindValue(QStringLiteral(":at"), auditTime(at));
    mark.bindValue(QStringLiteral(":reason"), reason);
    mark.bindValue(QStringLiteral(":id"), id);
    return m_database.exec(mark, tr("erasing the attachment"));
}

Result<void> SqlAttachmentFiles::forEach(
    const std::function<void(const Attachment &, const std::optional<QByteArray> &)> &visit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.case_id, a.kind, a.display_name, a.mime_type, a.size, a.sha256, "
                             "a.added_at, a.added_by, a.purged_at, a.purge_reason, c.content FROM attachments a "
                             "LEFT JOIN attachment_contents c ON c.attachment_id = a.id ORDER BY a.id"));
    if (auto ok = m_database.exec(q, tr("checking the attachments")); !ok) {
        return ok;
    }
    while (q.next()) {
        const QVariant bytes = q.value(11);
        visit(attachmentFrom(q), bytes.isNull() ? std::optional<QByteArray>() : bytes.toByteArray());
    }
    return {};
}

Result<void> SqlAttachmentFiles::saveVerification(const IdentityVerification &v)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO identity_verifications (case_id, verified_on, verified_by, method, document_type, note) "
        "VALUES (:case, :on, :by, :method, :doc, :note) ON CONFLICT (case_id) DO UPDATE SET "
        "verified_on = excluded.verified_on, verified_by = excluded.verified_by, method = excluded.method, "
        "document_type = excluded.document_type, note = excluded.note"));
    q.bindValue(QStringLiteral(":case"), v.caseId);
    q.bindValue(QStringLiteral(":on"), v.verifiedOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":by"), v.verifiedBy);
    q.bindValue(QStringLiteral(":method"), name(v.method));
    q.bindValue(QStringLiteral(":doc"), v.documentType.isNull() ? QStringLiteral("") : v.documentType);
    q.bindValue(QStringLiteral(":note"), v.note.isNull() ? QStringLiteral("") : v.note);
    return m_database.exec(q, tr("recording the verification"));
}

Result<std::optional<IdentityVerification>> SqlAttachmentFiles::verification(qint64 caseId) const
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

Result<QList<IdentityCopyDue>> SqlAttachmentFiles::identityCopiesDue(QDate verifiedBy, QDate closedBy) const
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
    QList<IdentityCopyDue> due;
    while (q.next()) {
        const QDate verified = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QDate closed = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if ((verified.isValid() && verified <= verifiedBy) ||
            (!verified.isValid() && closed.isValid() && closed <= closedBy)) {
            due.append({q.value(0).toLongLong(), verified, closed});
        }
    }
    return due;
}

} // namespace dpodesk
