#pragma once

#include "common/result.h"
#include "domain/processing.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dpodesk {

/// The access answer's statement of the record (docs/rules.md#the-access-answer): for each activity that concerns the
/// person and that we carry out as controller or joint controller, the items of GDPR art. 15(1)(a)-(h) and 15(2), in
/// the letter's language, as the {{processing.statement}} placeholder. Activities we carry out as processor are not
/// stated: the request goes to their controller (art. 28(3)(e)).
class ProcessingStatement final {
    Q_DECLARE_TR_FUNCTIONS(Letters) // the words of the letters keep the Letters context
public:
    /// The activities an access answer states: those where we are controller or joint controller, in order.
    static QList<ProcessingActivity> stated(const QList<ProcessingActivity> &activities);
    /// The controllers named by the activities we carry out as processor, each once, in order.
    static QStringList controllersToForwardTo(const QList<ProcessingActivity> &activities);
    /// The statement as HTML ("fr" or "en"): a heading and a short list per stated activity, every text of the record
    /// escaped. Empty when no activity is stated.
    static QString html(const QList<ProcessingActivity> &activities, const QString &language);
    /// Refuses, in words, an access answer with no activity to state (field "activities"): none chosen, or only
    /// activities carried out as processor (then naming the controllers the request must be forwarded to).
    static Result<void> checkAccessAnswer(const QList<ProcessingActivity> &activities);
};

} // namespace dpodesk
