// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace dpodesk {

struct CaseRecord;
struct Person;

/// The case as a JSON object with stable keys (snake_case, ISO dates), for the CLI and the audit trail.
/// When today is valid, the object also carries days_left and urgency as of that day.
QJsonObject caseToJson(const CaseRecord &record, QDate today = {});
QJsonObject personToJson(const Person &person);

/// The object without its null members and empty arrays, recursively (audit events stay small).
QJsonObject withoutEmpty(const QJsonObject &object);

/// The bytes QJsonDocument(withoutEmpty(caseToJson(record))).toJson(QJsonDocument::Compact) gives, written without
/// building the object: the details of the audit event that records a new case, a million times in a bulk insert.
QByteArray caseDetailsJson(const CaseRecord &record);

/// Every leaf of a JSON object under a dotted path ("subject.email", "rights.0.outcome"), for field-level diffs.
QMap<QString, QJsonValue> flattenJson(const QJsonObject &object);

/// The fields that differ between two versions of a case: {"path": {"old": ..., "new": ...}}.
QJsonObject diffCases(const CaseRecord &before, const CaseRecord &after);

} // namespace dpodesk
