// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/caseactivitiesdialog.h"

#include "register/registerservice.h"
#include "registersession.h"
#include "uikit.h"

#include "domain/searchkey.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dpodesk {

namespace {

enum Column { NameColumn, RoleColumn, WhyColumn };
constexpr int kSearchRole = Qt::UserRole + 1;

} // namespace

CaseActivitiesDialog::CaseActivitiesDialog(RegisterSession &session, const CaseRecord &record, QWidget *parent)
    : QDialog(parent), m_session(session), m_record(record)
{
    setObjectName(QStringLiteral("caseActivitiesDialog"));
    setWindowTitle(tr("Activities concerning %1 — %2").arg(record.subject.displayName(), record.reference));

    auto *intro = ui::makeLabel(QStringLiteral("intro"), this);
    intro->setText(tr("Tick the activities of the record that process data on this person. The tasks go to the owners "
                      "of their systems, and the access answer describes them (GDPR art. 15(1)). Suggestions come "
                      "first, with the reason."));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("activitySearch"));
    m_search->setPlaceholderText(tr("Filter the activities"));
    m_search->setClearButtonEnabled(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("activityChoices"));
    m_list->setHeaderLabels({tr("Activity"), tr("Our role"), tr("Suggested because")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_error = ui::makeErrorLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save the choice"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseActivitiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(820, 520);

    auto all = session.service().activities();
    auto chosen = session.service().caseActivities(record.id);
    auto suggestions = session.service().activitySuggestions(record);
    if (!all || !chosen || !suggestions) {
        m_error->setText(!all ? all.errorMessage() : !chosen ? chosen.errorMessage() : suggestions.errorMessage());
        m_error->show();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    if (all->isEmpty()) {
        m_error->setText(tr("The record of processing activities is empty: add or import its activities first "
                            "(Record › Record of processing activities)."));
        m_error->show();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    QFont bold = m_list->font();
    bold.setBold(true);
    QList<QTreeWidgetItem *> suggested;
    QList<QTreeWidgetItem *> others;
    for (const ProcessingActivity &a : std::as_const(*all)) {
        const bool isChosen =
            std::any_of(chosen->cbegin(), chosen->cend(), [&](const ProcessingActivity &c) { return c.id == a.id; });
        const auto why = std::find_if(suggestions->cbegin(), suggestions->cend(),
                                      [&](const ActivitySuggestion &s) { return s.activity == a.name; });
        const QString role =
            a.role == ProcessingRole::Controller ? label(a.role) : tr("%1 for %2").arg(label(a.role), a.controller);
        auto *item = new QTreeWidgetItem({a.name, role, why != suggestions->cend() ? why->reason : QString()});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(NameColumn, isChosen ? Qt::Checked : Qt::Unchecked);
        item->setData(NameColumn, Qt::UserRole, a.name);
        item->setData(
            NameColumn, kSearchRole,
            foldForSearch(
                QStringList{a.name, a.purposes.join(u' '), a.dataSubjects.join(u' '), a.systems.join(u' ')}.join(
                    u' ')));
        item->setToolTip(NameColumn,
                         tr("Purposes: %1\nData subjects: %2\nSystems: %3")
                             .arg(a.purposes.join(QStringLiteral(", ")), a.dataSubjects.join(QStringLiteral(", ")),
                                  a.systems.join(QStringLiteral(", "))));
        if (why != suggestions->cend()) {
            item->setFont(WhyColumn, bold);
            item->setIcon(NameColumn, style()->standardIcon(QStyle::SP_MessageBoxInformation));
            suggested << item;
        } else {
            others << item;
        }
    }
    m_list->addTopLevelItems(suggested);
    m_list->addTopLevelItems(others);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QStringList words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            const QString haystack = item->data(NameColumn, kSearchRole).toString();
            const bool match =
                std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return haystack.contains(w); });
            item->setHidden(!match);
        }
    });
}

bool CaseActivitiesDialog::setChecked(const QString &activity, bool checked)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString().compare(activity, Qt::CaseInsensitive) == 0) {
            item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QStringList CaseActivitiesDialog::checked() const
{
    QStringList names;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(NameColumn) == Qt::Checked) {
            names << item->data(NameColumn, Qt::UserRole).toString();
        }
    }
    return names;
}

void CaseActivitiesDialog::accept()
{
    auto saved = m_session.setCaseActivities(m_record, checked());
    if (!saved) {
        m_error->setText(saved.errorMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace dpodesk
