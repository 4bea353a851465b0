// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/verificationdialog.h"

#include "uikit.h"

#include "register/registerservice.h"
#include "registersession.h"

#include "attachments/attachment.h"
#include "register/casefiles.h"
#include "storage/auditlog.h"
#include "storage/stores.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpodesk {

VerificationDialog::VerificationDialog(RegisterSession &session, qint64 caseId, QWidget *parent)
    : QDialog(parent), m_session(session), m_caseId(caseId)
{
    setObjectName(QStringLiteral("verificationDialog"));
    QString reference;
    QDate receivedOn;
    QString actor;
    if (m_session.isOpen()) {
        if (auto found = m_session.service().findCase(caseId); found) {
            reference = found->reference;
            receivedOn = found->receivedOn;
        }
        if (auto listed = m_session.service().attachments(caseId); listed) {
            for (const Attachment &a : listed.value()) {
                m_copies += (a.kind == AttachmentKind::IdentityProof && !a.isPurged()) ? 1 : 0;
            }
        }
        actor = m_session.service().actor();
    }
    setWindowTitle(reference.isEmpty() ? tr("Record the identity verification")
                                       : tr("Record the identity verification — %1").arg(reference));

    auto *explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("explanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    QString copies = m_copies == 0   ? tr("There is no identity copy to erase.")
                     : m_copies == 1 ? tr("1 identity copy will be erased.")
                                     : tr("%1 identity copies will be erased.").arg(m_copies);
    // The organisation may keep the copies a while after the check, with a written justification in the settings;
    // RegisterSession erases them once that time is up.
    m_graceDays = m_session.isOpen() ? m_session.organisation().identityCopyGraceDays : 0;
    if (m_copies > 0 && m_graceDays > 0) {
        copies = tr("Your organisation keeps identity copies %1 days after the verification (%2); they are then erased "
                    "automatically. Untick \"Keep the identity copies for now\" to erase them at once.")
                     .arg(m_graceDays)
                     .arg(m_session.organisation().identityCopyGraceJustification);
    } else if (m_copies > 0) {
        copies += u' ' + tr("To keep identity copies after the check, set a retention period with its written "
                            "justification in the organisation settings.");
    }
    explanation->setText(
        tr("Record how the person's identity was checked. By default the identity copies of this case are erased as "
           "soon as the verification is recorded, and only this record stays: the day, who checked, how and which "
           "document (CNIL; EDPB Guidelines 01/2022 §79: \"ID card was checked\"). %1")
            .arg(copies));

    m_verifiedOn = new QDateEdit(this);
    m_verifiedOn->setObjectName(QStringLiteral("verifiedOn"));
    m_verifiedOn->setCalendarPopup(true);
    m_verifiedOn->setMaximumDate(m_session.today());
    if (receivedOn.isValid() && receivedOn <= m_session.today()) {
        m_verifiedOn->setMinimumDate(receivedOn);
    }
    m_verifiedOn->setDate(m_session.today());

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    // Items carry the enum's int value, as everywhere in the UI (tests pick them with findData(int(value))).
    const QList<VerificationMethod> methods = allVerificationMethods();
    for (VerificationMethod method : methods) {
        m_method->addItem(label(method), static_cast<int>(method));
    }
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(VerificationMethod::IdDocument)));

    m_documentType = new QLineEdit(this);
    m_documentType->setObjectName(QStringLiteral("documentType"));
    m_documentType->setPlaceholderText(tr("national identity card, passport, residence permit…"));
    m_documentType->setToolTip(tr("The kind of document only: its number and the person's details are not recorded."));

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);

    m_keepCopies = new QCheckBox(tr("Keep the identity copies for now"), this);
    m_keepCopies->setObjectName(QStringLiteral("keepCopies"));
    m_keepCopies->setToolTip(tr("Only for a reason you write in the note (for example a suspected impersonation "
                                "under investigation), or as the organisation's settings provide."));
    connect(m_keepCopies, &QCheckBox::toggled, this, &VerificationDialog::updateKeepCopies);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Verified on"), m_verifiedOn);
    if (!actor.isEmpty()) {
        auto *by = new QLabel(actor, this);
        by->setObjectName(QStringLiteral("verifiedBy"));
        by->setTextFormat(Qt::PlainText);
        form->addRow(tr("Verified by"), by);
    }
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Document type"), m_documentType);
    form->addRow(tr("Note"), m_note);
    form->addRow(QString(), m_keepCopies);

    m_error = ui::makeErrorLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VerificationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VerificationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    m_keepCopies->setChecked(m_graceDays > 0); // the organisation's documented choice, which the DPO may shorten
    // Keeping copies is the organisation's documented setting (docs/rules.md#identity-proofs), not a per-case choice.
    m_keepCopies->setEnabled(m_graceDays > 0 && m_copies > 0);
    if (m_graceDays == 0) {
        m_keepCopies->setToolTip(tr("Set a retention period, with its justification, in the organisation settings "
                                    "to keep identity copies after the check."));
    }
    updateKeepCopies();
}

VerificationDialog::~VerificationDialog() = default;

void VerificationDialog::updateKeepCopies()
{
    const bool keep = m_keepCopies->isChecked();
    m_note->setPlaceholderText((keep && m_graceDays == 0)
                                   ? tr("Required: why the identity copies must be kept, and until when")
                                   : tr("Optional"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText((keep || m_copies == 0) ? tr("Record") : tr("Record and erase the copies"));
}

void VerificationDialog::accept()
{
    const bool keep = m_keepCopies->isChecked();
    const QString note = m_note->toPlainText().trimmed();
    const auto method = static_cast<VerificationMethod>(m_method->currentData().toInt());
    const QString documentType = m_documentType->text().trimmed();
    // docs/rules.md#identity-proofs: a longer keeping of the copies demands a written justification.
    if (keep && note.isEmpty() && m_graceDays == 0) {
        showError(tr("Write in the note why the identity copies must be kept, and until when: keeping them needs a "
                     "written justification. Otherwise leave the box unticked and they are erased."));
        m_note->setFocus();
        return;
    }
    if (method == VerificationMethod::IdDocument && documentType.isEmpty()) {
        showError(tr("Say which kind of document was checked (for example: national identity card)."));
        m_documentType->setFocus();
        return;
    }
    if (auto checked = m_session.ensureChecked(); !checked) {
        showError(checked.errorMessage());
        return;
    }
    IdentityVerification verification;
    verification.caseId = m_caseId;
    verification.verifiedOn = m_verifiedOn->date();
    verification.method = method;
    verification.documentType = documentType;
    verification.note = note;
    // Even a refusal may come after the copies were erased (another program holding the write-ahead log): the views
    // show what is stored, and OK again only retries the clean-up.
    auto recorded = m_session.recordVerification(verification, keep);
    if (!recorded) {
        showError(recorded.errorMessage());
        return;
    }
    m_erased = recorded.value();
    m_kept = keep;
    showError(QString());
    QDialog::accept();
}

void VerificationDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString VerificationDialog::errorText() const
{
    return m_error->text();
}

} // namespace dpodesk
