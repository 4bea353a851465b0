// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/processing.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace dpodesk {

/// Every field of one activity of the record (GDPR art. 30(1), 30(2) where we are the processor): the lists one value
/// per line, the systems picked from the catalogue. It only edits; RecordPage saves through the session.
class ActivityEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ActivityEditor(QWidget *parent = nullptr);

    /// The systems of the catalogue that can be ticked; ticks of systems still listed are kept.
    void setCatalogue(const QStringList &systemNames);
    /// Shows an activity (id 0: a new one).
    void load(const ProcessingActivity &activity);
    /// The activity as the form says (its id and update time those of the activity loaded).
    ProcessingActivity value() const;
    bool isModified() const;
    /// Puts the cursor in the field a problem names ("purposes", "systems"...).
    void focusField(const QString &field);

Q_SIGNALS:
    void edited();

private:
    QPlainTextEdit *addList(QFormLayout *form, const QString &field, const QString &label, const QString &placeholder,
                            const QString &toolTip, int lines = 2);
    void roleChanged();

    ProcessingActivity m_loaded;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_controllerLabel = nullptr;
    QLineEdit *m_controller = nullptr;
    QLineEdit *m_entity = nullptr;
    QPlainTextEdit *m_purposes = nullptr;
    QPlainTextEdit *m_legalBasis = nullptr;
    QPlainTextEdit *m_dataSubjects = nullptr;
    QPlainTextEdit *m_dataCategories = nullptr;
    QLineEdit *m_source = nullptr;
    QPlainTextEdit *m_recipients = nullptr;
    QPlainTextEdit *m_transfers = nullptr;
    QPlainTextEdit *m_retention = nullptr;
    QPlainTextEdit *m_automated = nullptr;
    QListWidget *m_systems = nullptr;
    QList<QPair<QString, QWidget *>> m_fields; ///< the file's column name of each field, for focusField()
};

} // namespace dpodesk
