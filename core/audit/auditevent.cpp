#include "audit/auditevent.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <pwd.h>
#include <unistd.h>

namespace dpodesk {

QByteArray AuditEvent::canonical() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QJsonObject object{
        {QStringLiteral("seq"), sequence},       {QStringLiteral("at"), atUtc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("actor"), actor},        {QStringLiteral("action"), action},
        {QStringLiteral("case"), caseReference}, {QStringLiteral("details"), details},
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

QString currentActor()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name) {
        return QString::fromLocal8Bit(pw->pw_name);
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace dpodesk
