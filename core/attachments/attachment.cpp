// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "attachments/attachment.h"

#include "domain/texthygiene.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace dpodesk {

namespace {

struct KindEntry {
    AttachmentKind kind;
    const char *name;
    const char *label;
};

constexpr KindEntry kKinds[] = {
    {AttachmentKind::Request, "request", QT_TRANSLATE_NOOP("Enum", "Request")},
    {AttachmentKind::IdentityProof, "identity-proof", QT_TRANSLATE_NOOP("Enum", "Identity proof")},
    {AttachmentKind::CapacityProof, "capacity-proof", QT_TRANSLATE_NOOP("Enum", "Proof of capacity")},
    {AttachmentKind::OutgoingLetter, "outgoing-letter", QT_TRANSLATE_NOOP("Enum", "Outgoing letter")},
    {AttachmentKind::OtherEvidence, "other-evidence", QT_TRANSLATE_NOOP("Enum", "Other evidence")},
};

struct MethodEntry {
    VerificationMethod method;
    const char *name;
    const char *label;
};

constexpr MethodEntry kMethods[] = {
    {VerificationMethod::IdDocument, "id-document", QT_TRANSLATE_NOOP("Enum", "Identity document")},
    {VerificationMethod::CustomerAccount, "customer-account", QT_TRANSLATE_NOOP("Enum", "Customer account")},
    {VerificationMethod::Knowledge, "knowledge", QT_TRANSLATE_NOOP("Enum", "Knowledge of account details")},
    {VerificationMethod::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other method")},
};

} // namespace

QString name(AttachmentKind kind)
{
    for (const KindEntry &e : kKinds) {
        if (e.kind == kind) {
            return QLatin1String(e.name);
        }
    }
    return {};
}

QString label(AttachmentKind kind)
{
    for (const KindEntry &e : kKinds) {
        if (e.kind == kind) {
            return QCoreApplication::translate("Enum", e.label);
        }
    }
    return {};
}

std::optional<AttachmentKind> parseAttachmentKind(const QString &text)
{
    for (const KindEntry &e : kKinds) {
        if (text == QLatin1String(e.name)) {
            return e.kind;
        }
    }
    return std::nullopt;
}

QList<AttachmentKind> allAttachmentKinds()
{
    QList<AttachmentKind> all;
    for (const KindEntry &e : kKinds) {
        all << e.kind;
    }
    return all;
}

QString name(VerificationMethod method)
{
    for (const MethodEntry &e : kMethods) {
        if (e.method == method) {
            return QLatin1String(e.name);
        }
    }
    return {};
}

QString label(VerificationMethod method)
{
    for (const MethodEntry &e : kMethods) {
        if (e.method == method) {
            return QCoreApplication::translate("Enum", e.label);
        }
    }
    return {};
}

std::optional<VerificationMethod> parseVerificationMethod(const QString &text)
{
    for (const MethodEntry &e : kMethods) {
        if (text == QLatin1String(e.name)) {
            return e.method;
        }
    }
    return std::nullopt;
}

QList<VerificationMethod> allVerificationMethods()
{
    QList<VerificationMethod> all;
    for (const MethodEntry &e : kMethods) {
        all << e.method;
    }
    return all;
}

QString FileNames::cleanDisplayName(const QString &original)
{
    // Only the last path component, whichever separator the sender's system used.
    QString base = original;
    const qsizetype cut = std::max(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (cut >= 0) {
        base = base.mid(cut + 1);
    }
    // Control, bidirectional (RLO can disguise "gpj.exe" as "exe.jpg") and invisible characters: the rule of every
    // text of the register.
    QString clean = TextHygiene::clean(base, TextKind::SingleLine);
    constexpr int kMaxCharacters = 200;
    if (clean.size() > kMaxCharacters) {
        const QString suffix = QFileInfo(clean).suffix().left(16);
        clean = clean.left(kMaxCharacters - suffix.size() - 1);
        if (clean.back().isHighSurrogate()) {
            clean.chop(1); // never half a character
        }
        clean += suffix.isEmpty() ? QString() : QString(u'.' + suffix);
    }
    while (clean.startsWith(u'.')) {
        clean.remove(0, 1); // no hidden files, no ".."
    }
    return clean.isEmpty() ? tr("attachment") : clean;
}

QString FileNames::safeFileName(const QString &displayName)
{
    QString safe = cleanDisplayName(displayName);
    // Characters that mean something to a file system or a shell on any platform.
    static const QRegularExpression forbidden(QStringLiteral(R"([<>:"/\\|?*])"));
    safe.replace(forbidden, QStringLiteral("_"));
    while (safe.endsWith(u'.') || safe.endsWith(u' ')) {
        safe.chop(1);
    }
    // Windows device names stay dangerous when the register is exported to a shared drive.
    static const QRegularExpression reserved(QStringLiteral(R"(^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (safe.isEmpty() || reserved.match(safe).hasMatch()) {
        safe.prepend(QStringLiteral("file_"));
    }
    // 255 bytes is the limit of most file systems: shorten the base, keep the extension.
    while (safe.toUtf8().size() > 255) {
        const QString suffix = QFileInfo(safe).suffix().left(16);
        const QString base = QFileInfo(safe).completeBaseName();
        safe = base.left(base.size() - 1) + (suffix.isEmpty() ? QString() : u'.' + suffix);
    }
    return safe;
}

QString FileNames::sniffMimeType(const QByteArray &content)
{
    static const QMimeDatabase database;
    return database.mimeTypeForData(content).name();
}

} // namespace dpodesk
