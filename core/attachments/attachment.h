// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dpodesk {

/// What a file attached to a case is (docs/rules.md#identity-proofs: identity copies are purged once checked).
enum class AttachmentKind { Request, IdentityProof, CapacityProof, OutgoingLetter, OtherEvidence };

QString name(AttachmentKind kind);
QString label(AttachmentKind kind);
std::optional<AttachmentKind> parseAttachmentKind(const QString &name);
QList<AttachmentKind> allAttachmentKinds();

/// A file kept with a case: its bytes stay in the register, checked by SHA-256.
struct Attachment {
    qint64 id = 0;
    qint64 caseId = 0;
    AttachmentKind kind = AttachmentKind::OtherEvidence;
    QString displayName; ///< the original name, cleaned; shown only, never used as a path
    QString mimeType;    ///< sniffed from the content, not from the name
    qint64 size = 0;
    QString sha256;    ///< hex, of the bytes as received
    QDateTime addedAt; ///< UTC
    QString addedBy;
    QDateTime purgedAt; ///< set once the bytes were erased; the record stays
    QString purgeReason;
    bool isPurged() const { return purgedAt.isValid(); }
};

/// How the identity of the person was verified (EDPB 01/2022 §79: "ID card was checked").
enum class VerificationMethod { IdDocument, CustomerAccount, Knowledge, Other };

QString name(VerificationMethod method);
QString label(VerificationMethod method);
std::optional<VerificationMethod> parseVerificationMethod(const QString &name);
QList<VerificationMethod> allVerificationMethods();

/// The record that remains once the identity copy is gone.
struct IdentityVerification {
    qint64 caseId = 0;
    QDate verifiedOn;
    QString verifiedBy;
    VerificationMethod method = VerificationMethod::IdDocument;
    QString documentType; ///< "national identity card", "passport", ...
    QString note;
};

/// Names and paths for files that come from outside.
class FileNames final {
    Q_DECLARE_TR_FUNCTIONS(FileNames)
public:
    /// The original name made safe to show: no folders, no control or bidirectional characters, at most 200
    /// characters (the extension kept), never empty.
    static QString cleanDisplayName(const QString &original);
    /// A file name for exporting into a folder the user chose: built from the cleaned name, with no separator,
    /// no "..", no reserved device name (CON, NUL, COM1, ...), at most 255 UTF-8 bytes. Never leaves the folder.
    static QString safeFileName(const QString &displayName);
    /// The MIME type of content, sniffed from its bytes.
    static QString sniffMimeType(const QByteArray &content);
};

} // namespace dpodesk
