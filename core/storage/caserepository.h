#pragma once

#include "common/result.h"
#include "deadline/deadlinecalculator.h"
#include "domain/caserecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dpodesk {

/// What the queue or a report asks for. Filtering and sorting happen in the database, on indexes.
struct CaseQuery {
    enum class Scope { Open, Closed, All };
    enum class Sort { Deadline, ReceivedOn, Reference, Subject, Status, Channel, Rights };

    Scope scope = Scope::Open;
    QString search; ///< prefix of a name ("dup", "jean dup"), an e-mail, a phone number or a reference
    std::optional<CaseStatus> status;
    std::optional<Right> right;
    std::optional<Channel> channel;
    std::optional<int> receivedYear;
    std::optional<Urgency> urgency; ///< relative to today below
    QDate today;
    Sort sort = Sort::Deadline;
    bool descending = false;
    int limit = 100;
    int offset = 0;
};

/// One row of the queue: what the list shows, without loading the whole case.
struct CaseSummary {
    qint64 id = 0;
    QString reference;
    QString subjectName;
    QString subjectEmail;
    QString rights; ///< stable right names, comma-separated
    Channel channel = Channel::Email;
    QDate receivedOn;
    QDate deadline;
    CaseStatus status = CaseStatus::New;
    QDate clockStoppedSince;
    bool extensionNoticeDue = false;
    bool isOpen() const { return isOpenStatus(status); }
    /// The rights as translated labels: "Access, Erasure".
    QString rightsLabel() const
    {
        QStringList labels;
        for (const QString &part : rights.split(u',', Qt::SkipEmptyParts)) {
            const auto right = parseRight(part.trimmed());
            labels << (right ? label(*right) : part.trimmed());
        }
        return labels.join(QStringLiteral(", "));
    }
    Urgency urgency(QDate today) const
    {
        return DeadlineCalculator::urgency(deadline, today, isOpen(), clockStoppedSince.isValid());
    }
};

/// Counts for the status bar: "3 overdue · 5 due within 7 days · 2 clocks stopped".
struct QueueCounts {
    int open = 0;
    int overdue = 0;
    int dueSoon = 0;
    int clockStopped = 0;
    int extensionNoticeDue = 0;
};

/// The register of cases. Every write is one transaction that also appends its audit event.
class CaseRepository {
public:
    virtual ~CaseRepository() = default;

    /// Stores a new case: assigns its reference (DR-YYYY-NNNN) and logged-at time, computes its deadlines.
    virtual Result<CaseRecord> create(CaseRecord draft) = 0;
    virtual Result<CaseRecord> find(qint64 id) const = 0;
    virtual Result<CaseRecord> findByReference(const QString &reference) const = 0;
    /// Stores a changed case; action names the audit event ("case.update", "case.suspend", ...).
    /// Fails with Error::Code::Conflict when someone else changed the case since it was read.
    virtual Result<CaseRecord> save(const CaseRecord &changed, const QString &action) = 0;
    virtual Result<void> remove(const QString &reference, const QString &reason) = 0;
    virtual Result<QList<CaseSummary>> list(const CaseQuery &query) const = 0;
    virtual Result<int> count(const CaseQuery &query) const = 0;
    virtual Result<QueueCounts> counts(QDate today) const = 0;
};

} // namespace dpodesk
