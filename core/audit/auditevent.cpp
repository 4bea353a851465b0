#include "audit/auditevent.h"

#include "common/sha256.h"

#include <QCryptographicHash>
#include <QJsonDocument>

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

QByteArray AuditEvent::canonical() const
{
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
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previousHash.toLatin1());
    sha.addData(QByteArrayView("\n"));
    sha.addData(canonical());
    return QString::fromLatin1(sha.result().toHex());
}

bool AuditEvent::detailsIntact() const
{
    return redacted || sha256Hex(detailsText) == detailsHash;
}

QString currentActor()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name) {
        return QString::fromLocal8Bit(pw->pw_name);
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace dpodesk
