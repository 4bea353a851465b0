// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/recordpage.h"

namespace dpodesk {

class SystemEditor;
class SystemTableModel;

/// The systems catalogue: where the data live, their owners (who receive the tasks), search, table, editor, import.
class SystemsPage final : public RecordPage {
    Q_OBJECT
public:
    explicit SystemsPage(RegisterSession &session, QWidget *parent = nullptr);
    SystemEditor *editor() const { return m_editor; }

protected:
    Result<void> readItems() override;
    void showItem(const QString &name) override;
    bool editorModified() const override;
    QList<RecordProblem> editorProblems() const override;
    Result<QString> saveEditor() override;
    Result<void> removeItem(const QString &name) override;
    Result<RecordImportSummary> importBytes(const QByteArray &csv) override;
    void focusField(const QString &field) override;
    QString fieldLabel(const QString &field) const override;
    QString itemHeader(const QString &name) const override;

private:
    SystemsPage(RegisterSession &session, SystemTableModel *model, SystemEditor *editor, QWidget *parent);

    SystemTableModel *m_model;
    SystemEditor *m_editor;
};

} // namespace dpodesk
