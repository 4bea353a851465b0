// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panels/queuepanel.h"

#include "models/casetablemodel.h"
#include "registersession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dpodesk {

namespace {

template <typename E>
QComboBox *enumCombo(const QString &objectName, const QString &anyText, const QList<E> &values, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(anyText);
    for (E value : values) {
        combo->addItem(label(value), static_cast<int>(value));
    }
    return combo;
}

template <typename E>
std::optional<E> chosen(const QComboBox *combo)
{
    if (combo->currentIndex() <= 0) {
        return std::nullopt;
    }
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace

QueuePanel::QueuePanel(RegisterSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new CaseTableModel(session, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search a name, e-mail, phone or reference (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("Open cases"), static_cast<int>(CaseQuery::Scope::Open));
    m_scope->addItem(tr("All cases"), static_cast<int>(CaseQuery::Scope::All));
    m_scope->addItem(tr("Closed cases"), static_cast<int>(CaseQuery::Scope::Closed));
    m_status = enumCombo(QStringLiteral("statusFilter"), tr("Any status"), allCaseStatuses(), this);
    m_right = enumCombo(QStringLiteral("rightFilter"), tr("Any right"), allRights(), this);
    m_channel = enumCombo(QStringLiteral("channelFilter"), tr("Any channel"), allChannels(), this);
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(QStringLiteral("urgencyFilter"));
    m_urgency->addItem(tr("Any urgency"));
    for (Urgency u : {Urgency::Overdue, Urgency::DueSoon, Urgency::ClockStopped, Urgency::OnTrack}) {
        m_urgency->addItem(urgencyLabel(u), static_cast<int>(u));
    }
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("yearFilter"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("queue"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(CaseTableModel::Deadline, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    const QList<std::pair<int, int>> widths{{CaseTableModel::Reference, 125}, {CaseTableModel::DaysLeft, 175},
                                            {CaseTableModel::Deadline, 95},   {CaseTableModel::Subject, 170},
                                            {CaseTableModel::Rights, 150},    {CaseTableModel::Status, 140},
                                            {CaseTableModel::Channel, 100},   {CaseTableModel::Received, 95}};
    for (const auto &[column, width] : widths) {
        m_view->setColumnWidth(column, width);
    }

    // The search on its own line, the filters below: the queue stays usable in a narrow window.
    auto *filters = new QHBoxLayout;
    for (QComboBox *combo : {m_scope, m_status, m_right, m_channel, m_urgency, m_year}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        filters->addWidget(combo, 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    // Search as you type, once typing pauses: each query is one indexed lookup.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &QueuePanel::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &QueuePanel::applyFilters);
    for (QComboBox *combo : {m_scope, m_status, m_right, m_channel, m_urgency, m_year}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &QueuePanel::applyFilters);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentCaseChanged(m_model->idAt(current.row())); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT caseActivated(m_model->idAt(index.row())); });
    connect(&m_session, &RegisterSession::opened, this, [this] {
        fillYears();
        applyFilters();
    });
    connect(&m_session, &RegisterSession::casesChanged, this, [this](qint64 id) {
        const qint64 current = id != 0 ? id : currentCaseId();
        m_model->reload();
        selectCase(current);
    });
}

void QueuePanel::fillYears()
{
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    m_year->addItem(tr("Any year"));
    const int thisYear = m_session.isOpen() ? m_session.today().year() : QDate::currentDate().year();
    for (int year = thisYear; year >= thisYear - 10; --year) {
        m_year->addItem(QString::number(year), year);
    }
}

void QueuePanel::applyFilters()
{
    m_searchDelay->stop();
    const qint64 current = currentCaseId();
    CaseQuery q;
    q.scope = static_cast<CaseQuery::Scope>(m_scope->currentData().toInt());
    q.search = m_search->text();
    q.status = chosen<CaseStatus>(m_status);
    q.right = chosen<Right>(m_right);
    q.channel = chosen<Channel>(m_channel);
    q.urgency = chosen<Urgency>(m_urgency);
    if (m_year->currentIndex() > 0) {
        q.receivedYear = m_year->currentData().toInt();
    }
    // A status or an urgency names its own scope: "closed" cases are not in the open queue.
    if (q.status || q.urgency) {
        q.scope = CaseQuery::Scope::All;
    }
    m_model->setQuery(q);
    selectCase(current);
}

qint64 QueuePanel::currentCaseId() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

void QueuePanel::selectCase(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, CaseTableModel::Reference));
    } else if (m_model->rowCount() > 0 && id == 0) {
        m_view->setCurrentIndex(m_model->index(0, CaseTableModel::Reference));
    }
}

void QueuePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace dpodesk
