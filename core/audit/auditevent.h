#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dpodesk {

/// One link of the tamper-evident audit trail (GDPR art. 5(2) accountability).
/// hash = SHA-256(previousHash + "\n" + canonical()), hex-encoded; the first event's previousHash is kGenesisHash.
struct AuditEvent {
    qint64 sequence = 0;
    QDateTime atUtc;
    QString actor;  ///< the operating-system user name
    QString action; ///< "case.create", "case.update", "case.suspend", ...
    QString caseReference;
    QJsonObject details;
    QString previousHash;
    QString hash;

    /// The bytes the hash covers: compact JSON with sorted keys, UTC time to the millisecond.
    QByteArray canonical() const;
    QString computeHash() const;
};

inline constexpr char kGenesisHash[] = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who is at the keyboard: the operating-system user name.
QString currentActor();

} // namespace dpodesk
