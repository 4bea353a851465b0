// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportsdialog.h"

#include "prompter.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "uikit.h"

#include "common/filewriter.h"
#include "reports/activityreport.h"
#include "reports/csvwriter.h"
#include "reports/deadlinereport.h"
#include "storage/sqlreportsource.h"
#include "storage/stores.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace dpodesk {

namespace {

QDateEdit *dateEdit(const char *name, QDate value, QWidget *parent)
{
    auto *edit = new QDateEdit(value, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ReportsDialog::ReportsDialog(RegisterSession &session, Kind kind, QWidget *parent) : QDialog(parent), m_session(session)
{
    // Typing a date refreshes the preview once typing stops, not at every digit.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReportsDialog::refresh);
    setObjectName(QStringLiteral("reportsDialog"));
    setWindowTitle(tr("Reports"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Deadline report (open cases)"), int(Kind::Deadlines));
    m_kind->addItem(tr("Activity report (a period's figures)"), int(Kind::Activity));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_options = new QStackedWidget(this);
    m_options->addWidget(createDeadlineOptions());
    m_options->addWidget(createActivityOptions());
    m_options->setCurrentIndex(m_kind->currentIndex());
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("csvProfile"));
    m_profile->addItem(tr("Spreadsheet, French (semicolons)"), csvProfileName(CsvProfile::FrSpreadsheet));
    m_profile->addItem(tr("Standard (commas)"), csvProfileName(CsvProfile::Standard));
    m_profile->setToolTip(tr("How the CSV file is laid out; both are UTF-8 and RFC 4180."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(m_options);
    form->addRow(tr("CSV &layout:"), m_profile);
    m_summary = ui::makeLabel(QStringLiteral("reportSummary"), this);
    m_problem = ui::makeErrorLabel(this);
    m_problem->setObjectName(QStringLiteral("reportProblem"));

    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("reportPreview"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    m_savePdf = new QPushButton(tr("Save as &PDF…"), this);
    m_saveCsv = new QPushButton(tr("Save as &CSV…"), this);
    m_saveIcs = new QPushButton(tr("Save as c&alendar (ICS)…"), this);
    m_saveIcs->setToolTip(tr("One all-day event per deadline, with reminders 7 days and 1 day before; importing a "
                             "newer file updates the events. No data subject's name goes into the calendar."));
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_savePdf);
    buttons->addWidget(m_saveCsv);
    buttons->addWidget(m_saveIcs);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_summary);
    left->addWidget(m_problem);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_view, 5);
    auto *root = new QVBoxLayout(this);
    root->addLayout(columns, 1);
    root->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_options->setCurrentIndex(index);
        refresh();
    });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { saveAs(Format::Pdf); });
    connect(m_saveCsv, &QPushButton::clicked, this, [this] { saveAs(Format::Csv); });
    connect(m_saveIcs, &QPushButton::clicked, this, [this] { saveAs(Format::Ics); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    resize(1280, 820);
    refresh();
}

ReportsDialog::~ReportsDialog()
{
    m_document->close();
}

QWidget *ReportsDialog::createDeadlineOptions()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    const QDate today = m_session.today();
    m_range = new QCheckBox(tr("Only the deadlines from … to …"), page);
    m_range->setObjectName(QStringLiteral("deadlineRange"));
    m_deadlineFrom = dateEdit("deadlineFrom", today, page);
    m_deadlineTo = dateEdit("deadlineTo", today.addDays(30), page);
    auto *range = new QHBoxLayout;
    range->addWidget(m_deadlineFrom);
    range->addWidget(new QLabel(QStringLiteral("–"), page));
    range->addWidget(m_deadlineTo);
    form->addRow(m_range);
    form->addRow(tr("Deadlines:"), range);
    const auto sync = [this] {
        m_deadlineFrom->setEnabled(m_range->isChecked());
        m_deadlineTo->setEnabled(m_range->isChecked());
        refresh();
    };
    connect(m_range, &QCheckBox::toggled, this, sync);
    connect(m_deadlineFrom, &QDateEdit::dateChanged, this, &ReportsDialog::scheduleRefresh);
    connect(m_deadlineTo, &QDateEdit::dateChanged, this, &ReportsDialog::scheduleRefresh);
    m_deadlineFrom->setEnabled(false);
    m_deadlineTo->setEnabled(false);
    return page;
}

QWidget *ReportsDialog::createActivityOptions()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    const QDate today = m_session.today();
    m_year = new QComboBox(page);
    m_year->setObjectName(QStringLiteral("activityYear"));
    for (int year = today.year(); year >= today.year() - 10; --year) {
        m_year->addItem(QString::number(year), year);
    }
    m_year->addItem(tr("Other period"), 0);
    m_periodFrom = dateEdit("periodFrom", QDate(today.year(), 1, 1), page);
    m_periodTo = dateEdit("periodTo", QDate(today.year(), 12, 31), page);
    auto *range = new QHBoxLayout;
    range->addWidget(m_periodFrom);
    range->addWidget(new QLabel(QStringLiteral("–"), page));
    range->addWidget(m_periodTo);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("Period:"), range);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        const int year = m_year->currentData().toInt();
        if (year > 0) {
            const QSignalBlocker blockFrom(m_periodFrom);
            const QSignalBlocker blockTo(m_periodTo);
            m_periodFrom->setDate(QDate(year, 1, 1));
            m_periodTo->setDate(QDate(year, 12, 31));
        }
        refresh();
    });
    const auto custom = [this] {
        const QSignalBlocker block(m_year);
        m_year->setCurrentIndex(m_year->count() - 1);
        scheduleRefresh();
    };
    connect(m_periodFrom, &QDateEdit::dateChanged, this, custom);
    connect(m_periodTo, &QDateEdit::dateChanged, this, custom);
    return page;
}

ReportsDialog::Kind ReportsDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ReportsDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportsDialog::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_periodFrom);
    m_periodFrom->setDate(from);
    m_periodTo->setDate(to); // its signal switches to "other period"
    refresh();
}

void ReportsDialog::setDeadlineRange(QDate from, QDate to)
{
    const QSignalBlocker blockRange(m_range);
    const QSignalBlocker blockFrom(m_deadlineFrom);
    const QSignalBlocker blockTo(m_deadlineTo);
    const bool on = from.isValid() || to.isValid();
    m_range->setChecked(on);
    m_deadlineFrom->setEnabled(on);
    m_deadlineTo->setEnabled(on);
    if (from.isValid()) {
        m_deadlineFrom->setDate(from);
    }
    if (to.isValid()) {
        m_deadlineTo->setDate(to);
    }
    refresh();
}

void ReportsDialog::setCsvProfile(const QString &name)
{
    m_profile->setCurrentIndex(m_profile->findData(name));
}

QString ReportsDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString ReportsDialog::summary() const
{
    return m_summary->text();
}

int ReportsDialog::previewPages() const
{
    return m_document->pageCount();
}

QByteArray ReportsDialog::bytes(Format format)
{
    if (m_refreshTimer->isActive()) {
        refresh(); // the settings just changed: the summary and preview follow them first
    }
    m_problem->hide();
    if (!m_session.isOpen()) {
        return {};
    }
    const std::unique_ptr<ReportSource> reports = m_session.service().reportSource();
    ReportSource &source = *reports;
    const CsvProfile profile = parseCsvProfile(m_profile->currentData().toString()).value_or(CsvProfile::FrSpreadsheet);
    Result<QByteArray> out = QByteArray();
    if (kind() == Kind::Deadlines) {
        DeadlineFilter filter;
        if (m_range->isChecked()) {
            filter.from = m_deadlineFrom->date();
            filter.to = m_deadlineTo->date();
        }
        auto report = DeadlineReports::build(source, filter);
        if (!report) {
            out = report.error();
        } else if (format == Format::Pdf) {
            out = DeadlineReports::pdf(*report);
        } else if (format == Format::Csv) {
            out = DeadlineReports::csv(*report, profile);
        } else {
            out = DeadlineReports::ics(*report);
        }
        if (report) {
            const DeadlineCounts counts = report->counts();
            m_summary->setText(tr("%1: %2 open case(s) · %3 overdue · %4 due within 7 days · %5 clock(s) stopped · "
                                  "%6 extension notice(s) due.")
                                   .arg(DeadlineReports::describe(filter))
                                   .arg(counts.rows)
                                   .arg(counts.overdue)
                                   .arg(counts.dueSoon)
                                   .arg(counts.clockStopped)
                                   .arg(counts.extensionNoticeDue));
        }
    } else {
        const ActivityPeriod period{m_periodFrom->date(), m_periodTo->date()};
        if (!period.isValid()) {
            out = makeError(Error::Code::Invalid, tr("The period ends before it starts."), QStringLiteral("period"));
        } else if (format == Format::Ics) {
            out = makeError(Error::Code::Invalid, tr("Only the deadline report makes a calendar."),
                            QStringLiteral("format"));
        } else if (auto report = ActivityReports::build(source, period); !report) {
            out = report.error();
        } else {
            out = format == Format::Pdf ? ActivityReports::pdf(*report) : ActivityReports::csv(*report, profile);
            const ActivityFigures &f = report->figures;
            m_summary->setText(tr("From %1 to %2: %3 request(s) received · %4 answered within one month · %5 within "
                                  "three months · %6 late · %7 pending · %8 open at the end of the period.")
                                   .arg(ui::shortDate(period.from), ui::shortDate(period.to))
                                   .arg(f.received)
                                   .arg(f.withinOneMonth)
                                   .arg(f.withinThreeMonths)
                                   .arg(f.late)
                                   .arg(f.pending)
                                   .arg(f.openAtEnd));
        }
    }
    if (!out) {
        m_problem->setText(out.errorMessage());
        m_problem->show();
        return {};
    }
    return *out;
}

void ReportsDialog::scheduleRefresh()
{
    m_refreshTimer->start();
}

void ReportsDialog::refresh()
{
    m_refreshTimer->stop();
    m_saveIcs->setEnabled(kind() == Kind::Deadlines);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_pdf = bytes(Format::Pdf);
    QApplication::restoreOverrideCursor();
    m_document->close();
    m_buffer.close();
    m_buffer.setData(m_pdf);
    if (!m_pdf.isEmpty() && m_buffer.open(QIODevice::ReadOnly)) {
        m_document->load(&m_buffer);
    }
    m_savePdf->setEnabled(!m_pdf.isEmpty());
    m_saveCsv->setEnabled(!m_pdf.isEmpty());
}

bool ReportsDialog::saveTo(const QString &path, Format format)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QByteArray content = format == Format::Pdf ? m_pdf : bytes(format);
    QApplication::restoreOverrideCursor();
    if (content.isEmpty()) {
        Prompter::critical(this, tr("The report was not saved"), problem());
        return false;
    }
    if (auto written = FileWriter::writeAtomically(path, content); !written) {
        Prompter::critical(this, tr("The report was not saved"), written.errorMessage());
        return false;
    }
    return true;
}

void ReportsDialog::saveAs(Format format)
{
    const QString stem =
        kind() == Kind::Deadlines
            ? QStringLiteral("deadlines-%1").arg(m_session.today().toString(Qt::ISODate))
            : QStringLiteral("activity-%1-%2")
                  .arg(m_periodFrom->date().toString(Qt::ISODate), m_periodTo->date().toString(Qt::ISODate));
    const QString extension = format == Format::Pdf   ? QStringLiteral("pdf")
                              : format == Format::Csv ? QStringLiteral("csv")
                                                      : QStringLiteral("ics");
    const QString filter = format == Format::Pdf   ? tr("PDF (*.pdf)")
                           : format == Format::Csv ? tr("CSV (*.csv)")
                                                   : tr("Calendar (*.ics)");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1.%2").arg(stem, extension));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), suggested, filter);
    if (!path.isEmpty()) {
        saveTo(path, format);
    }
}

} // namespace dpodesk
