// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "attachments/attachment.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace dpodesk {

class RegisterSession;

/// What remains of a case's identity proofs (docs/rules.md#identity-proofs): the record of the verification
/// ("Identity verified on D by U — method, document type") or, while identity copies wait, the button that records
/// it — which erases them. Part of AttachmentsPanel; objectName "identityBlock".
class IdentityBlock final : public QFrame {
    Q_OBJECT
public:
    explicit IdentityBlock(RegisterSession &session, QWidget *parent = nullptr);
    ~IdentityBlock() override;

    /// Shows the verification of a case, given the files kept with it (erased ones included).
    void showCase(qint64 caseId, const QList<Attachment> &attachments);
    QString text() const;

private:
    void recordVerification();

    RegisterSession &m_session;
    qint64 m_caseId = 0;
    QLabel *m_text = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace dpodesk
