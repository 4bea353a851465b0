// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "deadline/deadlinecalculator.h"
#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dpodesk {

/// A natural person named in a case: the data subject, or the requester acting for them.
struct Person {
    QString firstName;
    QString lastName;
    QString email;
    QString postalAddress;
    QString phone;
    QString internalReference; ///< customer or prospect number in the organisation's systems
    Relationship relationship = Relationship::Customer;

    QString displayName() const;
    bool operator==(const Person &) const = default;
};

/// Someone acting for the data subject: a representative with a mandate, an heir, an executor.
struct Requester {
    Person person;
    Capacity capacity = Capacity::Representative;
    QString capacityProof; ///< what proves the capacity (mandate, death certificate, ...)
    bool operator==(const Requester &) const = default;
};

/// One right covered by a case, with its own outcome.
struct RightRequest {
    Right right = Right::Access;
    QString detail; ///< e.g. "direct marketing" for an objection, the data concerned for a rectification
    Outcome outcome = Outcome::Pending;
    RefusalGround refusalGround = RefusalGround::None;
    QString refusalReason; ///< the reasons given to the person (GDPR art. 12(4))
    QDate decidedOn;
    bool operator==(const RightRequest &) const = default;
};

/// The clock stood still from askedOn until answeredOn (exclusive); open while answeredOn is null.
struct Suspension {
    SuspensionReason reason = SuspensionReason::Identity;
    QDate askedOn;
    QDate answeredOn;
    QString note;
    bool isOpen() const { return !answeredOn.isValid(); }
    bool operator==(const Suspension &) const = default;
};

/// The one extension by two further months a case may have (GDPR art. 12(3); docs/rules.md#extension).
struct Extension {
    QDate decidedOn;
    ExtensionReason reason = ExtensionReason::Complexity;
    QString justification;
    QDate noticeSentOn; ///< when the person was told; null while the notice is due
    bool operator==(const Extension &) const = default;
};

/// A recipient to whom a rectification, erasure or restriction must be communicated (GDPR art. 19;
/// docs/rules.md#recipients).
struct Recipient {
    QString name;
    QDate notifiedOn;
    /// Where its notification goes (postal address or e-mail, several lines): the art. 19 letter is addressed to it.
    QString address{};
    bool operator==(const Recipient &) const = default;
};

/// An internal note; notes are only ever appended.
struct Note {
    QDateTime createdAt; ///< UTC
    QString author;
    QString text;
    bool operator==(const Note &) const = default;
};

/// One request received from one person (docs/rules.md#cases-and-rights). A plain value: no database, no widget.
struct CaseRecord {
    qint64 id = 0;     ///< 0 until stored
    QString reference; ///< DR-YYYY-NNNN, assigned when stored
    int version = 0;   ///< increments on every stored change (optimistic locking)

    QList<RightRequest> rights;
    Person subject;
    std::optional<Requester> requester;

    Channel channel = Channel::Email;
    QString language = QStringLiteral("fr"); ///< language of the request, for letters
    QDate receivedOn;                        ///< reached any official channel (EDPB 01/2022 §159)
    QDateTime loggedAt;                      ///< when it was entered, UTC
    CaseStatus status = CaseStatus::New;

    QList<Suspension> suspensions;
    std::optional<Extension> extension;
    QDate acknowledgedOn;
    QDate answeredOn;
    QDate closedOn;
    QList<Recipient> recipients;
    QList<Note> notes;

    // A CNIL complaint: its due date is the one set in the CNIL's letter.
    QString cnilReference;
    QDate cnilDueDate;
    QString linkedCaseReference;

    // Derived by DeadlineCalculator whenever an input changes; stored so queues sort on them.
    Deadlines deadlines;

    bool isOpen() const { return isOpenStatus(status); }
    bool isCnilComplaint() const;
    bool isExtended() const { return extension.has_value(); }
    /// The open suspension, if the clock is stopped now.
    const Suspension *openSuspension() const;
    QList<ClockStop> closedStops() const;
    /// The deadline in force: the CNIL's date for a complaint, else the extended or initial deadline.
    QDate deadline() const;
    bool extensionNoticeDue() const { return extension && !extension->noticeSentOn.isValid(); }
    bool hasRight(Right right) const;
    bool hasRefusal() const;
    QString rightsSummary() const; ///< "Access, Erasure"
    QString rightNames() const;    ///< stable names, comma-separated: "access,erasure"

    /// Recompute the stored deadlines from received date, suspensions and extension.
    void recomputeDeadlines(const DeadlineCalculator &calculator);
    Urgency urgency(QDate today) const;
};

} // namespace dpodesk
