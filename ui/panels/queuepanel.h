// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace dpodesk {

class CaseTableModel;
class RegisterSession;

/// The queue: instant search, filters and the table of cases, most urgent first.
class QueuePanel final : public QWidget {
    Q_OBJECT
public:
    explicit QueuePanel(RegisterSession &session, QWidget *parent = nullptr);

    CaseTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    qint64 currentCaseId() const;
    void selectCase(qint64 id);
    /// Applies the search and filters now (the search field waits a moment after each key).
    void applyFilters();
    void focusSearch();

Q_SIGNALS:
    void currentCaseChanged(qint64 id);
    void caseActivated(qint64 id);

private:
    void fillYears();

    RegisterSession &m_session;
    CaseTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_right = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_year = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace dpodesk
