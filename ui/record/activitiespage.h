// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/recordpage.h"

namespace dpodesk {

class ActivityEditor;
class ActivityTableModel;

/// The activities of the record of processing activities (GDPR art. 30): search, table, editor, CSV import.
class ActivitiesPage final : public RecordPage {
    Q_OBJECT
public:
    explicit ActivitiesPage(RegisterSession &session, QWidget *parent = nullptr);
    ActivityEditor *editor() const { return m_editor; }
    /// Writes the whole record to path: CSV (a French spreadsheet's profile, which the import reads back) or PDF as
    /// the supervisory authority may ask for it (GDPR art. 30(4)), by the file's extension; the outcome in the report.
    bool exportTo(const QString &path);

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
    void chooseExport();
    ActivitiesPage(RegisterSession &session, ActivityTableModel *model, ActivityEditor *editor, QWidget *parent);

    ActivityTableModel *m_model;
    ActivityEditor *m_editor;
};

} // namespace dpodesk
