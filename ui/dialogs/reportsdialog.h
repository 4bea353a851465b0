// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QBuffer>
#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QStackedWidget;

namespace dpodesk {

class RegisterSession;

/// Reports for management and the regulator: the deadline report (open cases, overdue first; all of them or the
/// deadlines of a date range) and the activity report of a period (the regulators' KPIs). The PDF is previewed; the
/// report is saved as PDF, CSV (French spreadsheet or standard) or, for deadlines, an iCalendar file.
class ReportsDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Deadlines, Activity };
    enum class Format { Pdf, Csv, Ics };

    explicit ReportsDialog(RegisterSession &session, Kind kind = Kind::Deadlines, QWidget *parent = nullptr);
    ~ReportsDialog() override;

    void setKind(Kind kind);
    void setPeriod(QDate from, QDate to);        ///< the activity report's period
    void setDeadlineRange(QDate from, QDate to); ///< null dates: every open case
    void setCsvProfile(const QString &name);     ///< "fr-spreadsheet" or "standard"
    /// The report's bytes in a format, as they would be saved; empty with problem() set when refused.
    QByteArray bytes(Format format);
    /// Writes the report to path (whole or not at all); false with the reason shown.
    bool saveTo(const QString &path, Format format);
    QString problem() const;
    QString summary() const;
    int previewPages() const;

private:
    QWidget *createDeadlineOptions();
    QWidget *createActivityOptions();
    Kind kind() const;
    void refresh();
    void scheduleRefresh();
    void saveAs(Format format);

    RegisterSession &m_session;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_options = nullptr;
    QCheckBox *m_range = nullptr;
    QDateEdit *m_deadlineFrom = nullptr;
    QDateEdit *m_deadlineTo = nullptr;
    QComboBox *m_year = nullptr;
    QDateEdit *m_periodFrom = nullptr;
    QDateEdit *m_periodTo = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveCsv = nullptr;
    QPushButton *m_saveIcs = nullptr;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QBuffer m_buffer;
    QByteArray m_pdf;
    class QTimer *m_refreshTimer = nullptr;
};

} // namespace dpodesk
