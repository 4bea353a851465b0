// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/caserecord.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace dpodesk {

class RegisterSession;

/// The activities of the record that concern the person of a case: every activity of the record, checkable, the
/// chosen ones ticked and the record's suggestions first, each with its reason.
class CaseActivitiesDialog final : public QDialog {
    Q_OBJECT
public:
    CaseActivitiesDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// Ticks or unticks an activity by name; false when the record has none of that name.
    bool setChecked(const QString &activity, bool checked);
    QStringList checked() const;
    void accept() override;

private:
    RegisterSession &m_session;
    CaseRecord m_record;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace dpodesk
