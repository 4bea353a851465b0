// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Where the person's data live, as the DPO works it in the desk: the record of processing activities and the systems
// catalogue imported from CSV through the record window (a bad file first: every problem listed, nothing imported),
// searched and edited; then, in a case, the activities chosen (suggestions with their reason, the processor banner),
// the tasks planned, answered with an evidence file, and an overdue task flagged in the queue, the status bar and the
// reminders once its due date has passed. Real widgets, offscreen; no dialog ever blocks.
#include "appsettings.h"
#include "common/clock.h"
#include "dialogs/caseactivitiesdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/taskanswerdialog.h"
#include "dialogs/tasksenddialog.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "panels/casedetailpanel.h"
#include "panels/casetaskspanel.h"
#include "panels/dashboard.h"
#include "panels/queuepanel.h"
#include "prompter.h"
#include "record/activitiespage.h"
#include "record/activityeditor.h"
#include "record/recordwindow.h"
#include "record/systemeditor.h"
#include "record/systemspage.h"
#include "register/casetasks.h"
#include "register/registerservice.h"
#include "registersession.h"
#include "reminders.h"
#include "storage/stores.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace dpodesk;

namespace {

const QDate kToday(2026, 11, 26);

const char kSystemsBad[] = "name;owner_name;owner_email;deputy_email;identifiers;actions;turnaround_days;"
                           "instructions_fr;instructions_en\n"
                           "CRM;Julie Martin;julie.martin-at-example.fr;;email|name;search|export;3;;\n"
                           "Billing;Marc Petit;marc.petit@example.fr;;;search|erase;5;;\n";
const char kSystems[] = "name;owner_name;owner_email;deputy_email;identifiers;actions;turnaround_days;"
                        "instructions_fr;instructions_en\n"
                        "CRM;Julie Martin;julie.martin@example.fr;;email|name;search|export|rectify|erase;3;"
                        "Chercher par e-mail dans Contacts;Search by e-mail in Contacts\n"
                        "Billing;Marc Petit;marc.petit@example.fr;;email|customer number;search|export|erase;5;;\n";
const char kActivitiesBad[] =
    "name;role;controller;purposes;legal_basis;data_subjects;data_categories;recipients;transfers;retention;source;"
    "automated_decision;systems;entity\n"
    "Customer accounts;controller;;Managing customer accounts;art. 6(1)(b) contract;Customers;Identity;;;10 years;;;"
    "Warehouse;\n";
const char kActivities[] =
    "name;role;controller;purposes;legal_basis;data_subjects;data_categories;recipients;transfers;retention;source;"
    "automated_decision;systems;entity\n"
    "Customer accounts;controller;;Managing customer accounts|Invoicing;art. 6(1)(b) contract;Customers;"
    "Identity|Contact details|Invoices;Routage Express SAS;;10 years after the end of the contract;;;CRM|Billing;"
    "DPO Desk SAS\n"
    "Newsletter;controller;;Sending the newsletter;art. 6(1)(a) consent;Subscribers;E-mail address;;"
    "United States — standard contractual clauses;3 years after the last click;;;CRM;\n"
    "Payroll for Acme;processor;Acme SA;Payroll;;Employees of Acme;Identity|Salary;;;;;;Billing;\n";

/// Runs `fill` on the next modal dialog, once it is shown.
void onNextDialog(const std::function<void(QDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, [fill] { onNextDialog(fill); });
            return;
        }
        fill(dialog);
    });
}

} // namespace

class TestGuiRecord : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importListsEveryProblemAndImportsNothing();
    void searchFiltersAsYouType();
    void editSaveAndUnsavedChanges();
    void activitiesTasksAndAnswer();
    void overdueTaskFlagged();
    void taskMarginInSettings();
    void sendExportAndProof();

private:
    QString write(const QString &name, const QByteArray &bytes) const;
    void importRecord();
    qint64 createCase();
    /// Chooses activities for the case shown through the Choose… dialog.
    void choose(const QStringList &names);
    QTreeWidgetItem *taskItem(const QString &number) const;
    CaseTasksPanel *tasksPanel() const { return m_window->detail()->tasks(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<RegisterSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    FixedClock *m_clock = nullptr;
    RecordWindow *m_record = nullptr;
};

void TestGuiRecord::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Prompter::setSilent(true);
}

void TestGuiRecord::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    auto clock = std::make_unique<FixedClock>(kToday);
    m_clock = clock.get();
    m_session = std::make_unique<RegisterSession>(std::move(clock));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->reminders()->setTrayAllowed(false);
    m_window->show();
    QVERIFY(m_window->openRegister(m_dir->filePath(QStringLiteral("register.sqlite"))));
    QVERIFY(m_session->ensureChecked().ok());
    m_record = m_window->showRecord();
    QVERIFY(m_record);
    Prompter::takeShown();
}

void TestGuiRecord::cleanup()
{
    Prompter::takeShown();
    m_record = nullptr;
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestGuiRecord::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

void TestGuiRecord::importRecord()
{
    QVERIFY2(m_record->systems()->importFile(write(QStringLiteral("systems.csv"), kSystems)),
             qPrintable(m_record->systems()->importReport()));
    QVERIFY2(m_record->activities()->importFile(write(QStringLiteral("activities.csv"), kActivities)),
             qPrintable(m_record->activities()->importReport()));
}

qint64 TestGuiRecord::createCase()
{
    CaseRecord c;
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = QStringLiteral("Dupré");
    c.subject.email = QStringLiteral("elodie.dupre@example.fr");
    c.subject.relationship = Relationship::Customer;
    c.receivedOn = QDate(2026, 11, 20);
    c.rights.append(RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    auto created = m_session->create(c);
    if (!created) {
        qWarning("%s", qPrintable(created.errorMessage()));
        return 0;
    }
    m_window->queue()->selectCase(created->id);
    return created->id;
}

void TestGuiRecord::choose(const QStringList &names)
{
    bool filled = false;
    onNextDialog([&](QDialog *dialog) {
        auto *choice = qobject_cast<CaseActivitiesDialog *>(dialog);
        QVERIFY(choice);
        for (const QString &name : names) {
            QVERIFY2(choice->setChecked(name, true), qPrintable(name));
        }
        filled = true;
        choice->accept();
    });
    QVERIFY(tasksPanel()->chooseActivities());
    QVERIFY(filled);
}

QTreeWidgetItem *TestGuiRecord::taskItem(const QString &number) const
{
    QTreeWidget *list = tasksPanel()->taskList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(CaseTasksPanel::TaskColumn) == number) {
            return list->topLevelItem(i);
        }
    }
    return nullptr;
}

void TestGuiRecord::importListsEveryProblemAndImportsNothing()
{
    SystemsPage *systems = m_record->systems();
    // A bad file: every problem with its line and column, and nothing imported.
    QVERIFY(!systems->importFile(write(QStringLiteral("systems-bad.csv"), kSystemsBad)));
    const QString report = systems->importReport();
    QVERIFY2(report.contains(QStringLiteral("Nothing was imported")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("2 | owner_email |")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("3 | identifiers |")), qPrintable(report));
    QCOMPARE(systems->view()->model()->rowCount(), 0);
    QCOMPARE(m_session->service().systems()->size(), 0);

    QVERIFY2(systems->importFile(write(QStringLiteral("systems.csv"), kSystems)), qPrintable(systems->importReport()));
    QVERIFY2(systems->importReport().contains(QStringLiteral("added: 2, updated: 0, unchanged: 0")),
             qPrintable(systems->importReport()));
    QCOMPARE(systems->view()->model()->rowCount(), 2);
    QCOMPARE(m_record->tabs()->tabText(1), QStringLiteral("Systems (2)"));

    // An activity naming a system the catalogue does not have: refused with its line, nothing imported.
    ActivitiesPage *activities = m_record->activities();
    QVERIFY(!activities->importFile(write(QStringLiteral("activities-bad.csv"), kActivitiesBad)));
    QVERIFY2(activities->importReport().contains(QStringLiteral("2 | systems |")),
             qPrintable(activities->importReport()));
    QVERIFY2(activities->importReport().contains(QStringLiteral("Warehouse")), qPrintable(activities->importReport()));
    QCOMPARE(m_session->service().activities()->size(), 0);

    QVERIFY(activities->importFile(write(QStringLiteral("activities.csv"), kActivities)));
    QVERIFY(activities->importReport().contains(QStringLiteral("added: 3")));
    QCOMPARE(activities->view()->model()->rowCount(), 3);
    // The same file again changes nothing, and says so.
    QVERIFY(activities->importFile(m_dir->filePath(QStringLiteral("activities.csv"))));
    QVERIFY2(activities->importReport().contains(QStringLiteral("added: 0, updated: 0, unchanged: 3")),
             qPrintable(activities->importReport()));
}

void TestGuiRecord::searchFiltersAsYouType()
{
    importRecord();
    ActivitiesPage *page = m_record->activities();
    QAbstractItemModel *shown = page->view()->model();
    QCOMPARE(shown->rowCount(), 3);
    // By purpose, accents and case ignored, words in any order.
    QTest::keyClicks(page->searchField(), QStringLiteral("NEWSLETTER sending"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Newsletter"));
    // By system: the two activities that live in Billing.
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), QStringLiteral("billing"));
    QCOMPARE(shown->rowCount(), 2);
    // By the controller we process for.
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), QStringLiteral("acme"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Payroll for Acme"));
    page->searchField()->clear();
    QCOMPARE(shown->rowCount(), 3);

    // Systems by their owner's e-mail.
    SystemsPage *systems = m_record->systems();
    QTest::keyClicks(systems->searchField(), QStringLiteral("marc.petit"));
    QCOMPARE(systems->view()->model()->rowCount(), 1);
    QCOMPARE(systems->view()->model()->index(0, 0).data().toString(), QStringLiteral("Billing"));
}

void TestGuiRecord::editSaveAndUnsavedChanges()
{
    importRecord();
    ActivitiesPage *page = m_record->activities();
    QVERIFY(page->selectItem(QStringLiteral("Newsletter")));
    auto *purposes = page->editor()->findChild<QPlainTextEdit *>(QStringLiteral("purposes"));
    QVERIFY(purposes);
    QCOMPARE(purposes->toPlainText(), QStringLiteral("Sending the newsletter"));
    purposes->moveCursor(QTextCursor::End);
    QTest::keyClick(purposes, Qt::Key_Return);
    QTest::keyClicks(purposes, QStringLiteral("Measuring openings"));
    QVERIFY(page->isModified());

    // Another row with changes unsaved: Cancel keeps the activity and its changes.
    Prompter::answerNext(QMessageBox::Cancel);
    QVERIFY(!page->selectItem(QStringLiteral("Customer accounts")));
    QCOMPARE(page->editedName(), QStringLiteral("Newsletter"));
    QVERIFY(page->isModified());
    QVERIFY(Prompter::takeShown().join(u'\n').contains(QStringLiteral("not saved")));

    // A required field emptied: the problem in words, nothing kept.
    auto *subjects = page->editor()->findChild<QPlainTextEdit *>(QStringLiteral("data_subjects"));
    QVERIFY(subjects);
    subjects->clear();
    QVERIFY(!page->save());
    QVERIFY2(page->editorError().contains(QStringLiteral("Data subjects")), qPrintable(page->editorError()));
    QCOMPARE(m_session->service().activity(QStringLiteral("Newsletter"))->value().dataSubjects,
             QStringList{QStringLiteral("Subscribers")});
    QTest::keyClicks(subjects, QStringLiteral("Subscribers"));

    auto *save = page->findChild<QPushButton *>(QStringLiteral("recordSave"));
    QVERIFY(save && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!page->isModified());
    QCOMPARE(m_session->service().activity(QStringLiteral("Newsletter"))->value().purposes,
             (QStringList{QStringLiteral("Sending the newsletter"), QStringLiteral("Measuring openings")}));

    // Changed again, then another row with Discard: the change is gone, the other activity shown.
    purposes->clear();
    QTest::keyClicks(purposes, QStringLiteral("Something else"));
    Prompter::answerNext(QMessageBox::Discard);
    QVERIFY(page->selectItem(QStringLiteral("Customer accounts")));
    QCOMPARE(page->editedName(), QStringLiteral("Customer accounts"));
    QCOMPARE(m_session->service().activity(QStringLiteral("Newsletter"))->value().purposes.size(), 2);

    // A system listed by activities cannot be removed: the refusal in words.
    SystemsPage *systems = m_record->systems();
    QVERIFY(systems->selectItem(QStringLiteral("Billing")));
    Prompter::answerNext(QMessageBox::Yes);
    QVERIFY(!systems->removeCurrent());
    QVERIFY2(Prompter::takeShown().join(u'\n').contains(QStringLiteral("Customer accounts")), "refusal names them");
    QVERIFY(m_session->service().system(QStringLiteral("Billing"))->has_value());

    // Closing the window with changes asks too; Cancel keeps it open.
    auto *owner = systems->editor()->findChild<QLineEdit *>(QStringLiteral("owner_name"));
    QVERIFY(owner);
    QTest::keyClicks(owner, QStringLiteral(" Jr"));
    Prompter::answerNext(QMessageBox::Cancel);
    QVERIFY(!m_record->close());
    QVERIFY(m_record->isVisible());
    Prompter::answerNext(QMessageBox::Save);
    QVERIFY(m_record->close());
    QCOMPARE(m_session->service().system(QStringLiteral("Billing"))->value().ownerName,
             QStringLiteral("Marc Petit Jr"));
}

void TestGuiRecord::activitiesTasksAndAnswer()
{
    importRecord();
    const qint64 caseId = createCase();
    QVERIFY(caseId != 0);
    QCOMPARE(m_window->detail()->caseId(), caseId);
    CaseTasksPanel *panel = tasksPanel();
    QVERIFY(panel->activitiesText().contains(QStringLiteral("No activity")));
    QVERIFY(panel->processorBanner().isEmpty());

    // Planning before choosing says what to do first.
    auto *plan = panel->findChild<QPushButton *>(QStringLiteral("planTasks"));
    QVERIFY(plan && !plan->isEnabled());

    // The record suggests the customers' activity, with its reason.
    bool suggested = false;
    onNextDialog([&](QDialog *dialog) {
        auto *choice = qobject_cast<CaseActivitiesDialog *>(dialog);
        QVERIFY(choice);
        const QTreeWidgetItem *first = choice->list()->topLevelItem(0);
        suggested = first->text(0) == QStringLiteral("Customer accounts") && first->text(2).contains(u"customer");
        choice->setChecked(QStringLiteral("Customer accounts"), true);
        choice->setChecked(QStringLiteral("Payroll for Acme"), true);
        choice->accept();
    });
    QVERIFY(panel->chooseActivities());
    QVERIFY(suggested);
    QVERIFY(panel->activitiesText().contains(QStringLiteral("Customer accounts")));
    // We are Acme's processor for payroll: the banner names the controller.
    QVERIFY2(panel->processorBanner().contains(QStringLiteral("Acme SA")), qPrintable(panel->processorBanner()));

    QVERIFY(plan->isEnabled());
    QTest::mouseClick(plan, Qt::LeftButton);
    // Access: search and export in CRM and in Billing.
    QCOMPARE(panel->tasks().size(), 4);
    const QString planned = Prompter::takeShown().join(u'\n');
    QVERIFY2(planned.contains(QStringLiteral("T1 — ")) && planned.contains(QStringLiteral("Acme SA")),
             qPrintable(planned));
    QVERIFY(taskItem(QStringLiteral("T1")));

    // Record the answer to T1 (a search): only the results that fit; "cannot" needs its reason.
    const QString evidence = write(QStringLiteral("crm-export.txt"), "Élodie Dupré, customer since 2019\n");
    QTreeWidgetItem *t1 = taskItem(QStringLiteral("T1"));
    panel->taskList()->setCurrentItem(t1);
    const qint64 t1Id = panel->selectedTaskId();
    const CaseTask before = m_session->service().task(t1Id).value();
    QCOMPARE(before.action, TaskAction::Search);
    QStringList results;
    QString cannotRefusal;
    onNextDialog([&](QDialog *dialog) {
        auto *answer = qobject_cast<TaskAnswerDialog *>(dialog);
        QVERIFY(answer);
        for (int i = 0; i < answer->resultBox()->count(); ++i) {
            results << answer->resultBox()->itemText(i);
        }
        answer->resultBox()->setCurrentIndex(answer->resultBox()->findData(int(TaskResult::Cannot)));
        answer->accept();
        cannotRefusal = answer->errorText();
        answer->resultBox()->setCurrentIndex(answer->resultBox()->findData(int(TaskResult::Found)));
        QTest::keyClicks(answer->noteEdit(), QStringLiteral("Found in Contacts"));
        answer->addEvidence({evidence});
        answer->accept();
    });
    QVERIFY(panel->answerSelected());
    QCOMPARE(results, (QStringList{label(TaskResult::Found), label(TaskResult::NotFound), label(TaskResult::Cannot)}));
    QVERIFY2(cannotRefusal.contains(QStringLiteral("cannot be done")), qPrintable(cannotRefusal));

    const CaseTask answered = m_session->service().task(t1Id).value();
    QCOMPARE(answered.state, TaskState::Answered);
    QCOMPARE(answered.result, std::optional<TaskResult>(TaskResult::Found));
    QCOMPARE(answered.evidence.size(), 1);
    QCOMPARE(m_session->service().attachments(caseId)->size(), 1);
    // The case shows it at once.
    t1 = taskItem(QStringLiteral("T1"));
    QVERIFY(t1);
    QVERIFY2(t1->text(CaseTasksPanel::ResultColumn).contains(QStringLiteral("1 file")),
             qPrintable(t1->text(CaseTasksPanel::ResultColumn)));
    QVERIFY(t1->text(CaseTasksPanel::StateColumn).startsWith(QStringLiteral("Answered")));
}

void TestGuiRecord::overdueTaskFlagged()
{
    importRecord();
    const qint64 caseId = createCase();
    const qint64 otherId = [this] {
        CaseRecord c;
        c.subject.lastName = QStringLiteral("Martin");
        c.subject.email = QStringLiteral("martin@example.fr");
        c.receivedOn = QDate(2026, 11, 25);
        c.rights.append(RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}});
        return m_session->create(c).value().id;
    }();
    m_window->queue()->selectCase(caseId);
    choose({QStringLiteral("Newsletter")});
    QVERIFY2(tasksPanel()->planTasks(), qPrintable(Prompter::shown().join(u'\n')));
    QCOMPARE(tasksPanel()->tasks().size(), 2);
    const QDate due = tasksPanel()->tasks().constFirst().dueOn;
    QVERIFY(due.isValid() && due > kToday);

    CaseTableModel *model = m_window->queue()->model();
    QVERIFY(!model->index(model->rowOf(caseId), CaseTableModel::Flags).data(CaseTableModel::OverdueTaskRole).toBool());

    // The day after the due date: the queue flags the case (not the other one), the counts and the reminders say it.
    m_clock->set(QDateTime(due.addDays(1), QTime(9, 0), QTimeZone::utc()));
    Q_EMIT m_session->casesChanged(0);
    const QModelIndex flags = model->index(model->rowOf(caseId), CaseTableModel::Flags);
    QVERIFY(flags.data(CaseTableModel::OverdueTaskRole).toBool());
    QCOMPARE(flags.data().toString(), QStringLiteral("Task overdue"));
    QVERIFY(flags.data(Qt::ToolTipRole).toString().contains(QStringLiteral("system owner")));
    QVERIFY(!flags.data(Qt::DecorationRole).isNull());
    QVERIFY(model->index(model->rowOf(otherId), CaseTableModel::Flags).data().toString().isEmpty());

    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("counts"));
    QVERIFY(counts);
    QVERIFY2(counts->text().contains(QStringLiteral("2 tasks overdue")), qPrintable(counts->text()));
    QVERIFY2(m_window->dashboard()->countsText().contains(QStringLiteral("2 tasks overdue")),
             qPrintable(m_window->dashboard()->countsText()));
    const QString reminded = m_window->reminders()->check();
    QVERIFY2(reminded.contains(QStringLiteral("2 tasks overdue")) && reminded.contains(QStringLiteral("/T1 CRM")),
             qPrintable(reminded));

    // In the case, the overdue tasks say so in words too.
    m_window->queue()->selectCase(caseId);
    QTreeWidgetItem *t1 = taskItem(QStringLiteral("T1"));
    QVERIFY(t1);
    QVERIFY(t1->text(CaseTasksPanel::StateColumn).contains(QStringLiteral("overdue")));
}

void TestGuiRecord::taskMarginInSettings()
{
    SettingsDialog dialog(*m_session);
    auto *margin = dialog.findChild<QSpinBox *>(QStringLiteral("taskMargin"));
    QVERIFY(margin);
    QCOMPARE(margin->value(), 5);
    QCOMPARE(margin->maximum(), 30);
    margin->setValue(8);
    QCOMPARE(dialog.formProfile().taskMarginDays, 8);
    QVERIFY(m_session->saveOrganisation(dialog.formProfile()).ok());
    QCOMPARE(m_session->organisation().taskMarginDays, 8);
}

void TestGuiRecord::sendExportAndProof()
{
    importRecord();
    // The record as the supervisory authority may ask for it, and as a CSV the import reads back unchanged.
    const QString csv = m_dir->filePath(QStringLiteral("record.csv"));
    const QString pdf = m_dir->filePath(QStringLiteral("record.pdf"));
    QVERIFY(m_record->activities()->exportTo(csv));
    QVERIFY(m_record->activities()->exportTo(pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly) && pdfFile.read(5) == QByteArrayLiteral("%PDF-"));
    QVERIFY(m_record->activities()->importFile(csv));
    QVERIFY2(m_record->activities()->importReport().contains(QStringLiteral("added: 0, updated: 0, unchanged: 3")),
             qPrintable(m_record->activities()->importReport()));

    createCase();
    choose({QStringLiteral("Customer accounts")});
    QVERIFY(tasksPanel()->planTasks());
    tasksPanel()->taskList()->setCurrentItem(taskItem(QStringLiteral("T1")));
    const qint64 t1 = tasksPanel()->selectedTaskId();
    // Without the DPO's name and e-mail the owner could not answer: said in words, nothing to send.
    QString refusal;
    onNextDialog([&](QDialog *dialog) {
        auto *send = qobject_cast<TaskSendDialog *>(dialog);
        QVERIFY(send);
        refusal = send->errorText();
        send->reject();
    });
    QVERIFY(!tasksPanel()->sendSelected());
    QVERIFY2(refusal.contains(QStringLiteral("organisation profile")), qPrintable(refusal));
    OrganisationProfile profile = m_session->organisation();
    profile.name = QStringLiteral("DPO Desk SAS");
    profile.dpoName = QStringLiteral("Camille Martin");
    profile.dpoEmail = QStringLiteral("dpo@example.fr");
    QVERIFY(m_session->saveOrganisation(profile).ok());
    tasksPanel()->selectTask(t1);
    // The owner's e-mail: the task's token in the subject, only the identifiers the system is searched by.
    QString subject;
    QString body;
    onNextDialog([&](QDialog *dialog) {
        auto *send = qobject_cast<TaskSendDialog *>(dialog);
        QVERIFY(send);
        subject = send->subject();
        body = send->body();
        QCOMPARE(send->toBox()->currentText(), QStringLiteral("julie.martin@example.fr"));
        send->accept();
    });
    QVERIFY(tasksPanel()->sendSelected());
    QVERIFY2(subject.contains(QStringLiteral("/T1")), qPrintable(subject));
    QVERIFY2(body.contains(QStringLiteral("elodie.dupre@example.fr")), qPrintable(body));
    const CaseTask sent = m_session->service().task(t1).value();
    QCOMPARE(sent.state, TaskState::Sent);
    QCOMPARE(sent.sentTo, QStringLiteral("julie.martin@example.fr"));
    QCOMPARE(sent.sentOn, kToday);

    const QString proof = m_dir->filePath(QStringLiteral("proof.pdf"));
    QVERIFY(tasksPanel()->saveProof(proof));
    QFile proofFile(proof);
    QVERIFY(proofFile.open(QIODevice::ReadOnly) && proofFile.read(5) == QByteArrayLiteral("%PDF-"));
}

QTEST_MAIN(TestGuiRecord)
#include "tst_gui_record.moc"
