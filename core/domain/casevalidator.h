#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace dpodesk {

struct CaseRecord;

/// Checks a case against the rules of gdpr-rules.md section 1-2 and says, in words, what is wrong and where.
class CaseValidator final {
    Q_DECLARE_TR_FUNCTIONS(CaseValidator)
public:
    /// Every problem, each naming its field ("subject.email", "rights", "receivedOn", ...), for inline messages.
    static QList<Error> problems(const CaseRecord &record, QDate today);
    /// The first problem, or success.
    static Result<void> validate(const CaseRecord &record, QDate today);
    static bool isPlausibleEmail(const QString &email);
};

} // namespace dpodesk
