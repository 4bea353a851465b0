// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/processing.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dpodesk {

/// Every field of one system of the catalogue: its owner and deputy (the tasks go to them), what it can be searched
/// by, what its owner can do in it, their usual time to answer, and the instructions given with each task.
class SystemEditor final : public QWidget {
    Q_OBJECT
public:
    explicit SystemEditor(QWidget *parent = nullptr);

    void load(const DataSystem &system);
    DataSystem value() const;
    bool isModified() const;
    void focusField(const QString &field);

Q_SIGNALS:
    void edited();

private:
    DataSystem m_loaded;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_ownerName = nullptr;
    QLineEdit *m_ownerEmail = nullptr;
    QLineEdit *m_deputyName = nullptr;
    QLineEdit *m_deputyEmail = nullptr;
    QList<std::pair<SubjectIdentifier, QCheckBox *>> m_identifiers;
    QList<std::pair<TaskAction, QCheckBox *>> m_actions;
    QSpinBox *m_turnaround = nullptr;
    QPlainTextEdit *m_instructionsFr = nullptr;
    QPlainTextEdit *m_instructionsEn = nullptr;
    QList<std::pair<QString, QWidget *>> m_fields; ///< the file's column name of each field, for focusField()
};

} // namespace dpodesk
