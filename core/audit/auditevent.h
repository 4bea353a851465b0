// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dpodesk {

/// One link of the tamper-evident audit trail (GDPR art. 5(2) accountability; docs/rules.md#the-audit-trail).
///
/// The chain covers the details through their SHA-256 (detailsHash), not the details themselves: when a case is
/// deleted, the personal data in its events' details can be erased while every link still verifies.
/// hash = SHA-256(previousHash + "\n" + canonical()), hex-encoded; the first event's previousHash is kGenesisHash.
/// Since schema 5 every event also carries the state after its change (RegisterState: the case's, or the settings'
/// for an event about the register), covered by the hash: the trail proves the data, not only itself.
struct AuditEvent {
    qint64 sequence = 0;
    QDateTime atUtc;
    QString actor;  ///< who acted: the account's full name and login ("Anne Lefèvre (alefevre)"), or the login
    QString action; ///< "case.create", "case.update", "case.suspend", ...
    QString caseReference;
    QJsonObject details;
    QByteArray detailsText; ///< the details as stored (compact JSON, UTF-8); empty once redacted
    QString detailsHash;    ///< SHA-256 of detailsText, hex
    bool redacted = false;  ///< the details were erased when the case was deleted; the link still verifies
    QByteArray state;       ///< RegisterState text after the change; empty in events written before schema 5
    QString previousHash;
    QString hash;

    /// Sets details, detailsText and detailsHash together.
    void setDetails(const QJsonObject &details);
    /// The bytes the hash covers: for an event with a state, each field length-prefixed after a version line
    /// (canonicalV2); for an earlier event, compact JSON with sorted keys, UTC time to the millisecond.
    QByteArray canonical() const;
    QString computeHash() const;
    /// Whether the stored details still match the digest the chain covers.
    bool detailsIntact() const;
};

inline constexpr char kGenesisHash[] = "0000000000000000000000000000000000000000000000000000000000000000";

/// The canonical bytes of an event with a state, from the stored values (fields are length-prefixed: no value can
/// pass for another).
void appendCanonicalV2(QByteArray &out, QByteArrayView sequence, QByteArrayView atUtc, QByteArrayView actor,
                       QByteArrayView action, QByteArrayView caseReference, QByteArrayView detailsHash,
                       QByteArrayView state);

/// UTC time as the trail writes it: 2026-11-26T09:00:00.000Z.
QString auditTime(const QDateTime &time);

/// Who is at the keyboard: the account's full name with its login ("Anne Lefèvre (alefevre)"), or the login alone.
QString currentActor();

} // namespace dpodesk
