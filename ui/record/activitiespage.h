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
    ActivitiesPage(RegisterSession &session, ActivityTableModel *model, ActivityEditor *editor, QWidget *parent);

    ActivityTableModel *m_model;
    ActivityEditor *m_editor;
};

} // namespace dpodesk
