// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panels/identityblock.h"

#include "uikit.h"

#include "dialogs/verificationdialog.h"
#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"

#include "register/casefiles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpodesk {

namespace {

using ui::longDate;
using ui::makeLabel;
using ui::shortDate;

} // namespace

IdentityBlock::IdentityBlock(RegisterSession &session, QWidget *parent) : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("identityBlock"));
    setFrameShape(QFrame::StyledPanel);

    auto *title = makeLabel(QStringLiteral("identityTitle"), this);
    title->setText(tr("Identity verification"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_text = makeLabel(QStringLiteral("identity"), this);
    m_record = new QPushButton(tr("Record the verification…"), this);
    m_record->setObjectName(QStringLiteral("recordVerification"));
    m_record->setAutoDefault(false);
    m_record->setToolTip(tr("Record how the identity was checked: the identity copies are then erased and only the "
                            "record stays (CNIL; EDPB Guidelines 01/2022 §79)."));
    connect(m_record, &QPushButton::clicked, this, &IdentityBlock::recordVerification);

    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_record, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(row);
}

IdentityBlock::~IdentityBlock() = default;

QString IdentityBlock::text() const
{
    return m_text->text();
}

void IdentityBlock::showCase(qint64 caseId, const QList<Attachment> &attachments)
{
    m_caseId = caseId;
    m_record->hide();
    if (caseId == 0 || !m_session.isOpen()) {
        m_text->clear();
        return;
    }
    int proofs = 0;
    int kept = 0;
    for (const Attachment &a : attachments) {
        if (a.kind == AttachmentKind::IdentityProof) {
            ++proofs;
            kept += a.isPurged() ? 0 : 1;
        }
    }
    auto recorded = m_session.service().verification(caseId);
    if (!recorded) {
        m_text->setText(tr("The identity verification could not be read: %1").arg(recorded.errorMessage()));
        return;
    }
    const std::optional<IdentityVerification> &verification = recorded.value();
    if (!verification) {
        if (proofs == 0) {
            m_text->setText(tr("No identity proof is kept with this case. Ask for one only where there is a "
                               "reasonable doubt about who the person is (GDPR art. 12(6))."));
            return;
        }
        const int grace = m_session.organisation().identityCopyGraceDays;
        m_text->setText(grace == 0
                            ? tr("The identity has not been recorded as verified. Recording the verification erases "
                                 "the identity copies at once; only the record stays (CNIL; EDPB Guidelines 01/2022 "
                                 "§79).")
                            : tr("The identity has not been recorded as verified. Your organisation keeps identity "
                                 "copies %1 days after the verification; then only the record stays (CNIL; EDPB "
                                 "Guidelines 01/2022 §79).")
                                  .arg(grace));
        m_record->show();
        return;
    }
    const IdentityVerification &v = *verification;
    QString text =
        v.documentType.isEmpty()
            ? tr("Identity verified on %1 by %2 — %3").arg(longDate(v.verifiedOn), v.verifiedBy, label(v.method))
            : tr("Identity verified on %1 by %2 — %3, %4")
                  .arg(longDate(v.verifiedOn), v.verifiedBy, label(v.method), v.documentType);
    if (!v.note.isEmpty()) {
        text += u'\n' + tr("Note: %1").arg(v.note);
    }
    if (kept > 0) {
        // Copies kept at verification go when the organisation's retention after the check ends; the register
        // erases them when it is opened from that day on (RegisterSession; docs/rules.md#identity-proofs).
        const QDate due = v.verifiedOn.addDays(m_session.organisation().identityCopyGraceDays);
        const QString when = due > m_session.today()
                                 ? tr("when the register is opened on or after %1").arg(shortDate(due))
                                 : tr("the next time the register is opened");
        text +=
            u'\n' + (kept == 1 ? tr("1 identity copy is still kept; it will be erased %1.").arg(when)
                               : tr("%1 identity copies are still kept; they will be erased %2.").arg(kept).arg(when));
    }
    m_text->setText(text);
}

void IdentityBlock::recordVerification()
{
    if (m_caseId == 0) {
        return;
    }
    VerificationDialog dialog(m_session, m_caseId, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const int erased = dialog.erasedCount();
    QString text;
    if (dialog.keptCopies()) {
        text = tr("The verification was recorded. The identity copies were kept for now.");
    } else if (erased == 0) {
        text = tr("The verification was recorded. There was no identity copy left to erase.");
    } else if (erased == 1) {
        text = tr("The verification was recorded and 1 identity copy erased; only the record of the verification "
                  "stays.");
    } else {
        text = tr("The verification was recorded and %1 identity copies erased; only the record of the verification "
                  "stays.")
                   .arg(erased);
    }
    Prompter::information(this, tr("Identity verified"), text);
}

} // namespace dpodesk
