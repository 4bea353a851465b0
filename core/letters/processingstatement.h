// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

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

    /// Refuses, in words (field "activities"), the letters of a processor (art. 28(3)(e)) without an activity chosen
    /// for the case that we carry out as processor for a controller the record names; with oneController, also when
    /// those activities name several controllers (the forwarding letter is addressed to one).
    static Result<void> checkProcessorLetter(const QList<ProcessingActivity> &activities, bool oneController);
    /// The automated decisions the chosen activities we are controller of record, with the logic involved (GDPR art.
    /// 15(1)(h), 22), as HTML: one line per activity, every text of the record escaped. Empty when none is recorded.
    static QString automatedDecisionsHtml(const QList<ProcessingActivity> &activities, const QString &language);
    /// Refuses, in words, the answer on an automated decision when no chosen activity records one and its logic.
    static Result<void> checkAutomatedDecisionAnswer(const QList<ProcessingActivity> &activities);
};

} // namespace dpodesk
