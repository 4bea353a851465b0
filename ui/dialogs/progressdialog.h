// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dialogs/workflowdialogs.h"

class QCheckBox;
class QComboBox;

namespace dpodesk {

/// Where the work stands before the answer: the acknowledgement sent (good practice, EDPB 01/2022 §57) and the
/// working status (new, in progress, awaiting an internal answer).
class ProgressDialog final : public WorkflowDialog {
    Q_OBJECT
public:
    ProgressDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent = nullptr);

protected:
    void apply() override;

private:
    QCheckBox *m_acknowledged = nullptr;
    QDateEdit *m_acknowledgedOn = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace dpodesk
