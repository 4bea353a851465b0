// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "audit/auditevent.h"

#include "common/sha256.h"

#include <QJsonDocument>

#include <charconv>

#include <pwd.h>
#include <unistd.h>

namespace dpodesk {

namespace {

} // namespace

QString auditTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

void AuditEvent::setDetails(const QJsonObject &object)
{
    details = object;
    detailsText = QJsonDocument(object).toJson(QJsonDocument::Compact);
    detailsHash = sha256Hex(detailsText);
    redacted = false;
}

void appendCanonicalV2(QByteArray &out, QByteArrayView sequence, QByteArrayView atUtc, QByteArrayView actor,
                       QByteArrayView action, QByteArrayView caseReference, QByteArrayView detailsHash,
                       QByteArrayView state)
{
    out += "dpodesk-event-2\n";
    for (const QByteArrayView field : {sequence, atUtc, actor, action, caseReference, detailsHash, state}) {
        char length[24];
        const auto end = std::to_chars(length, length + sizeof length, field.size()).ptr;
        out.append(length, end - length);
        out += ':';
        out += field;
        out += '\n';
    }
}

QByteArray AuditEvent::canonical() const
{
    if (!state.isEmpty()) {
        QByteArray out;
        appendCanonicalV2(out, QByteArray::number(sequence), auditTime(atUtc).toUtf8(), actor.toUtf8(), action.toUtf8(),
                          caseReference.toUtf8(), detailsHash.toLatin1(), state);
        return out;
    }
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QJsonObject object{
        {QStringLiteral("seq"), sequence},       {QStringLiteral("at"), auditTime(atUtc)},
        {QStringLiteral("actor"), actor},        {QStringLiteral("action"), action},
        {QStringLiteral("case"), caseReference}, {QStringLiteral("details_sha256"), detailsHash},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString AuditEvent::computeHash() const
{
    Sha256 sha;
    sha.add(previousHash.toLatin1());
    sha.add(QByteArrayView("\n"));
    sha.add(canonical());
    return QString::fromLatin1(sha.hexResult());
}

bool AuditEvent::detailsIntact() const
{
    return redacted || sha256Hex(detailsText) == detailsHash;
}

QString currentActor()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name) {
        // The person, as the account names them ("Anne Lefèvre (alefevre)"): the history names who acted, not only
        // the machine account. The full name is the first field of GECOS.
        const QString login = QString::fromLocal8Bit(pw->pw_name);
        const QString fullName =
            pw->pw_gecos ? QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed() : QString();
        return fullName.isEmpty() || fullName == login ? login : QStringLiteral("%1 (%2)").arg(fullName, login);
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace dpodesk
