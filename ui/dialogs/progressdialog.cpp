// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/progressdialog.h"

#include "domain/caseworkflow.h"
#include "register/registerservice.h"
#include "registersession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>

namespace dpodesk {

ProgressDialog::ProgressDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent)
    : WorkflowDialog(session, record, parent)
{
    setWindowTitle(tr("Progress — %1").arg(record.reference));
    setEffect(tr("Record the acknowledgement sent to the person (good practice: EDPB Guidelines 01/2022 §57) and "
                 "where the work stands. Neither changes the deadline."));
    m_acknowledged = new QCheckBox(tr("Acknowledgement sent"), this);
    m_acknowledged->setObjectName(QStringLiteral("acknowledged"));
    m_acknowledged->setChecked(record.acknowledgedOn.isValid());
    m_acknowledgedOn =
        createDateEdit(QStringLiteral("acknowledgedOn"),
                       record.acknowledgedOn.isValid() ? record.acknowledgedOn : today(), record.receivedOn);
    m_acknowledgedOn->setEnabled(m_acknowledged->isChecked());
    connect(m_acknowledged, &QCheckBox::toggled, m_acknowledgedOn, &QWidget::setEnabled);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (CaseStatus status : {CaseStatus::New, CaseStatus::InProgress, CaseStatus::AwaitingInternal}) {
        m_status->addItem(label(status), static_cast<int>(status));
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(record.status))));
    form()->addRow(m_acknowledged, m_acknowledgedOn);
    form()->addRow(tr("Status"), m_status);
}

void ProgressDialog::apply()
{
    // Acknowledging moves a new case to "in progress"; an explicit choice of another state wins.
    const auto status = static_cast<CaseStatus>(m_status->currentData().toInt());
    finish(
        session().recordProgress(record(), m_acknowledged->isChecked() ? m_acknowledgedOn->date() : QDate(), status));
}

} // namespace dpodesk
