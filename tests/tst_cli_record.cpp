// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// dpodesk-cli activities / systems / case activities / tasks: the command-line contract of issue 13 (names and JSON
// keys other tools rely on), bad files refused with every problem and nothing imported, and tasks planned and
// answered by several processes side by side: no task twice, each answer recorded once, the trail intact.
#include "clirunner.h"
#include "reportparsers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

const QByteArray kSystems =
    "\xEF\xBB\xBF"
    "name;owner_name;owner_email;deputy_email;identifiers;actions;turnaround_days;instructions_fr;instructions_en\r\n"
    "CRM;Julie Bernard;julie@example.invalid;marc@example.invalid;email|customer-number;"
    "search|export|rectify|erase|restrict|stop;3;Rechercher par adresse.;Search by address.\r\n"
    "Billing;Nadia Haddad;nadia@example.invalid;;customer-number|name;search|export|rectify|restrict;5;;\r\n"
    "Mailer;Thomas Roux;thomas@example.invalid;;email;search|export|erase|stop;2;;\r\n"
    "Support;Lucas Moreau;lucas@example.invalid;;email|phone;search|export|rectify|erase;3;;\r\n";

const QByteArray kActivities =
    "name,role,controller,purposes,legal_basis,data_subjects,data_categories,recipients,transfers,retention,source,"
    "automated_decision,systems,entity\n"
    "Customers,controller,,Contract|Invoicing,Art. 6(1)(b) contract,Customers,Identity|Billing data,"
    "Billing Ltd (processor),,Contract + 5 years,,,CRM|Billing|Support|Mailer,Example SAS\n";

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestCliRecord final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contract();
    void badFilesImportNothing();
    void processesSideBySide();
    void sendPrintsTheMessage();

private:
    Run run(const QStringList &args) const { return m_cli.run(args); }
    /// Starts every command at once and waits for all; their exit codes and outputs.
    QList<Run> together(const QList<QStringList> &commands) const;
    void prepare(const QString &db, const QTemporaryDir &dir);

    CliRunner m_cli;
};

void TestCliRecord::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli.setUp();
}

QList<Run> TestCliRecord::together(const QList<QStringList> &commands) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DPODESK_TODAY"), QStringLiteral("2026-11-26"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &args : commands) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(DPODESK_CLI_PATH), args);
        processes.push_back(std::move(process));
    }
    QList<Run> runs;
    for (size_t i = 0; i < processes.size(); ++i) {
        QProcess &p = *processes[i];
        Run r;
        r.args = commands.at(qsizetype(i));
        if (p.waitForFinished(kTimeoutMs)) {
            r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.json = QJsonDocument::fromJson(r.out);
        r.jsonValid = !r.json.isNull();
        runs << r;
    }
    return runs;
}

void TestCliRecord::prepare(const QString &db, const QTemporaryDir &dir)
{
    write(dir.filePath(QStringLiteral("systems.csv")), kSystems);
    write(dir.filePath(QStringLiteral("activities.csv")), kActivities);
    CLI_VERIFY_EXIT(run(QStringList{QStringLiteral("systems"), QStringLiteral("import"),
                                    dir.filePath(QStringLiteral("systems.csv"))}
                        << databaseOption(db)),
                    0);
    CLI_VERIFY_EXIT(run(QStringList{QStringLiteral("activities"), QStringLiteral("import"),
                                    dir.filePath(QStringLiteral("activities.csv"))}
                        << databaseOption(db)),
                    0);
    CLI_VERIFY_EXIT(
        run(words({"case", "add", "--first-name", "Élise", "--last-name", "Dupré", "--email", "elise@example.invalid",
                   "--right", "access", "--right", "erasure", "--received", "2026-11-20"})
            << databaseOption(db)),
        0);
    CLI_VERIFY_EXIT(run(words({"case", "activities", "DR-2026-0001", "--add", "Customers"}) << databaseOption(db)), 0);
}

void TestCliRecord::contract()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.sqlite"));
    write(dir.filePath(QStringLiteral("systems.csv")), kSystems);
    write(dir.filePath(QStringLiteral("activities.csv")), kActivities);
    // The register must exist first: importing creates nothing.
    CLI_VERIFY_EXIT(run(words({"case", "add", "--last-name", "Dupré", "--email", "elise@example.invalid", "--phone",
                               "+33 6 12 34 56 78", "--right", "access", "--received", "2026-11-20"})
                        << databaseOption(db)),
                    0);
    const Run systems = run(QStringList{QStringLiteral("systems"), QStringLiteral("import"),
                                        dir.filePath(QStringLiteral("systems.csv")), QStringLiteral("--json")}
                            << databaseOption(db));
    CLI_VERIFY_JSON(systems);
    QCOMPARE(systems.object().value(QStringLiteral("imported")).toBool(), true);
    QCOMPARE(systems.object().value(QStringLiteral("added")).toInt(), 4);
    QCOMPARE(systems.object().value(QStringLiteral("updated")).toInt(), 0);
    QCOMPARE(systems.object().value(QStringLiteral("unchanged")).toInt(), 0);
    QCOMPARE(systems.object().value(QStringLiteral("problems")).toArray().size(), 0);
    const Run activities = run(QStringList{QStringLiteral("activities"), QStringLiteral("import"),
                                           dir.filePath(QStringLiteral("activities.csv")), QStringLiteral("--json")}
                               << databaseOption(db));
    CLI_VERIFY_JSON(activities);
    QCOMPARE(activities.object().value(QStringLiteral("added")).toInt(), 1);

    const Run listed = run(words({"activities", "list", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(listed);
    const QJsonObject customers = listed.array().first().toObject();
    for (const char *key :
         {"name", "role", "controller", "purposes", "legal_basis", "data_subjects", "data_categories", "recipients",
          "transfers", "retention", "source", "automated_decision", "systems", "entity"}) {
        QVERIFY2(customers.contains(QLatin1String(key)), key);
    }
    QCOMPARE(customers.value(QStringLiteral("systems")).toArray().size(), 4);
    const Run systemList = run(words({"systems", "list", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(systemList);
    QCOMPARE(systemList.array().size(), 4);
    QCOMPARE(systemList.array().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Billing"));

    const Run chosen =
        run(words({"case", "activities", "DR-2026-0001", "--add", "customers", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(chosen);
    QCOMPARE(chosen.object().value(QStringLiteral("activities")).toArray(), QJsonArray{QStringLiteral("Customers")});

    const Run plan = run(words({"tasks", "plan", "DR-2026-0001", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(plan);
    const QJsonArray created = plan.object().value(QStringLiteral("created")).toArray();
    QCOMPARE(created.size(), 8); // search and export in each of the four systems
    const QJsonObject first = created.first().toObject();
    for (const char *key : {"id", "case", "system", "action", "due_on", "state"}) {
        QVERIFY2(first.contains(QLatin1String(key)), key);
    }
    QCOMPARE(first.value(QStringLiteral("case")).toString(), QStringLiteral("DR-2026-0001"));
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("to-send"));
    // Received 20 November: deadline Monday 21 December; five working days before: Monday 14 December.
    QCOMPARE(first.value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-12-14"));

    const Run shown = run(words({"case", "show", "DR-2026-0001", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(shown);
    QCOMPARE(shown.object().value(QStringLiteral("activities")).toArray(), QJsonArray{QStringLiteral("Customers")});
    QCOMPARE(shown.object().value(QStringLiteral("tasks")).toArray().size(), 8);
    const Run mine = run(words({"tasks", "list", "--owner", "thomas@example.invalid", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(mine);
    QCOMPARE(mine.array().size(), 2);
    for (const QJsonValue &row : mine.array()) {
        QCOMPARE(row.toObject().value(QStringLiteral("system")).toString(), QStringLiteral("Mailer"));
    }
    const QString id = QString::number(mine.array().first().toObject().value(QStringLiteral("id")).toInteger());
    // No DPO in the organisation profile yet: the message cannot be signed, and the task is not recorded as sent.
    const QByteArray unsigned_ =
        refusalProblem(run(QStringList{QStringLiteral("tasks"), QStringLiteral("send"), id} << databaseOption(db)),
                       kFailure, QStringLiteral("organisation profile"));
    QVERIFY2(unsigned_.isEmpty(), unsigned_.constData());
    const Run still =
        run(QStringList{QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("DR-2026-0001"),
                        QStringLiteral("--owner"), QStringLiteral("thomas@example.invalid"), QStringLiteral("--json")}
            << databaseOption(db));
    CLI_VERIFY_JSON(still);
    QCOMPARE(still.array().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("to-send"));

    const QString evidence = dir.filePath(QStringLiteral("mailer export.csv"));
    write(evidence, "email\nelise@example.invalid\n");
    const Run answered =
        run(QStringList{QStringLiteral("tasks"), QStringLiteral("answer"), id, QStringLiteral("--result"),
                        QStringLiteral("found"), QStringLiteral("--note"), QStringLiteral("One contact."),
                        QStringLiteral("--evidence"), evidence, QStringLiteral("--json")}
            << databaseOption(db));
    CLI_VERIFY_JSON(answered);
    QCOMPARE(answered.object().value(QStringLiteral("state")).toString(), QStringLiteral("answered"));
    QCOMPARE(answered.object().value(QStringLiteral("result")).toString(), QStringLiteral("found"));
    QCOMPARE(answered.object().value(QStringLiteral("evidence")).toArray().size(), 1);
    const Run files = run(words({"attachments", "list", "DR-2026-0001", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(files);
    QCOMPARE(files.array().first().toObject().value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(sha256Of(evidence)));
    // The proof of what was done names the task, its result and the evidence's SHA-256.
    const QString proof = dir.filePath(QStringLiteral("proof.pdf"));
    CLI_VERIFY_EXIT(run(QStringList{QStringLiteral("tasks"), QStringLiteral("proof"), QStringLiteral("DR-2026-0001"),
                                    QStringLiteral("--out"), proof}
                        << databaseOption(db)),
                    0);
    QFile proofFile(proof);
    QVERIFY(proofFile.open(QIODevice::ReadOnly));
    const QString proofText = reporttest::pdfText(proofFile.readAll()).simplified();
    QVERIFY2(proofText.contains(QString::fromLatin1(sha256Of(evidence))), qPrintable(proofText));
    QVERIFY2(proofText.contains(QStringLiteral("Mailer")), qPrintable(proofText));
    // Answered twice: refused in one line.
    const QByteArray twice = refusalProblem(run(QStringList{QStringLiteral("tasks"), QStringLiteral("answer"), id,
                                                            QStringLiteral("--result"), QStringLiteral("not-found")}
                                                << databaseOption(db)),
                                            kFailure, QStringLiteral("already answered"));
    QVERIFY2(twice.isEmpty(), twice.constData());
    const Run badResult = run(QStringList{QStringLiteral("tasks"), QStringLiteral("answer"), id,
                                          QStringLiteral("--result"), QStringLiteral("maybe")}
                              << databaseOption(db));
    QCOMPARE(badResult.code, kUsage);

    const Run open = run(words({"tasks", "list", "DR-2026-0001", "--open", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(open);
    QCOMPARE(open.array().size(), 7);
    const Run overdue = run(words({"tasks", "list", "--overdue", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(overdue);
    QCOMPARE(overdue.array().size(), 0); // 26 November: nothing is due yet
    CLI_VERIFY_EXIT(run(words({"audit", "verify"}) << databaseOption(db)), 0);
}

void TestCliRecord::badFilesImportNothing()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.sqlite"));
    CLI_VERIFY_EXIT(run(words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received", "2026-11-20"})
                        << databaseOption(db)),
                    0);
    QByteArray bad = kSystems;
    bad.replace("nadia@example.invalid", "nadia-at-example");
    bad.replace("search|export|erase|stop;2", "search|shred;2");
    write(dir.filePath(QStringLiteral("bad.csv")), bad);
    const Run refused = run(QStringList{QStringLiteral("systems"), QStringLiteral("import"),
                                        dir.filePath(QStringLiteral("bad.csv")), QStringLiteral("--json")}
                            << databaseOption(db));
    QCOMPARE(refused.code, kFailure);
    QVERIFY(refused.jsonValid);
    QCOMPARE(refused.object().value(QStringLiteral("imported")).toBool(), false);
    const QJsonArray problems = refused.object().value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("owner_email"));
    QCOMPARE(problems.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(problems.at(1).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("actions"));
    const Run none = run(words({"systems", "list", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(none);
    QCOMPARE(none.array().size(), 0);
    // In text: one line per problem on stdout, the verdict on stderr.
    const Run text =
        run(QStringList{QStringLiteral("systems"), QStringLiteral("import"), dir.filePath(QStringLiteral("bad.csv"))}
            << databaseOption(db));
    QCOMPARE(text.code, kFailure);
    QVERIFY2(text.out.contains("line 3, owner_email"), text.describe().constData());
    QVERIFY2(text.err.contains("nothing was imported"), text.describe().constData());
    // A file that is not there.
    QCOMPARE(run(QStringList{QStringLiteral("activities"), QStringLiteral("import"),
                             dir.filePath(QStringLiteral("missing.csv"))}
                 << databaseOption(db))
                 .code,
             kFailure);
}

void TestCliRecord::processesSideBySide()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.sqlite"));
    prepare(db, dir);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Three processes import the same new systems at once: one adds them, the others find them unchanged; no system
    // twice.
    QByteArray more = kSystems;
    more.replace("\nCRM;", "\nLedger;").replace("\nBilling;", "\nPayroll;").replace("\nMailer;", "\nSurvey;");
    more.replace("\nSupport;", "\nChat;");
    write(dir.filePath(QStringLiteral("more.csv")), more);
    QList<QStringList> imports;
    for (int i = 0; i < 3; ++i) {
        imports << (QStringList{QStringLiteral("systems"), QStringLiteral("import"),
                                dir.filePath(QStringLiteral("more.csv")), QStringLiteral("--json")}
                    << databaseOption(db));
    }
    int adders = 0;
    int unchanged = 0;
    for (const Run &r : together(imports)) {
        QVERIFY2(r.code == kOk, r.describe().constData());
        adders += r.object().value(QStringLiteral("added")).toInt() == 4 ? 1 : 0;
        unchanged += r.object().value(QStringLiteral("unchanged")).toInt() == 4 ? 1 : 0;
    }
    QCOMPARE(adders, 1);
    QCOMPARE(unchanged, 2);
    const Run catalogue = run(words({"systems", "list", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(catalogue);
    QCOMPARE(catalogue.array().size(), 8);
    // Four processes plan the same case at once: one plans, the others find every task there already.
    QList<QStringList> plans;
    for (int i = 0; i < 4; ++i) {
        plans << (words({"tasks", "plan", "DR-2026-0001", "--json"}) << databaseOption(db));
    }
    const QList<Run> planned = together(plans);
    int planners = 0;
    for (const Run &r : planned) {
        if (r.code == kOk) {
            ++planners;
            QCOMPARE(r.object().value(QStringLiteral("created")).toArray().size(), 11);
        } else {
            QVERIFY2(r.code == kFailure && r.err.contains("already has every task"), r.describe().constData());
        }
    }
    QCOMPARE(planners, 1);
    const Run tasks = run(words({"tasks", "list", "DR-2026-0001", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(tasks);
    QCOMPARE(tasks.array().size(), 11);
    QSet<QString> tokens;
    QStringList ids;
    for (const QJsonValue &row : tasks.array()) {
        tokens.insert(row.toObject().value(QStringLiteral("token")).toString());
        ids << QString::number(row.toObject().value(QStringLiteral("id")).toInteger());
    }
    QCOMPARE(tokens.size(), 11);

    // Four processes answer the same task at once: one answer is recorded.
    QList<QStringList> same;
    for (const char *result : {"found", "not-found", "found", "not-found"}) {
        same << (QStringList{QStringLiteral("tasks"), QStringLiteral("answer"), ids.first(), QStringLiteral("--result"),
                             QLatin1String(result)}
                 << databaseOption(db));
    }
    int answers = 0;
    for (const Run &r : together(same)) {
        if (r.code == kOk) {
            ++answers;
        } else {
            QVERIFY2(r.code == kFailure && r.err.contains("already answered"), r.describe().constData());
        }
    }
    QCOMPARE(answers, 1);
    // Ten processes answer ten tasks at once, while an eleventh lists: every answer is kept.
    QList<QStringList> each;
    for (qsizetype i = 1; i < ids.size(); ++i) {
        each << (QStringList{QStringLiteral("tasks"), QStringLiteral("answer"), ids.at(i), QStringLiteral("--result"),
                             QStringLiteral("not-found")}
                 << databaseOption(db));
    }
    each << (words({"tasks", "list", "--json"}) << databaseOption(db));
    for (const Run &r : together(each)) {
        QVERIFY2(r.code == kOk, r.describe().constData());
    }
    const Run open = run(words({"tasks", "list", "--open", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(open);
    QCOMPARE(open.array().size(), 0);
    const Run verified = run(words({"audit", "verify", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(verified);
    QCOMPARE(verified.object().value(QStringLiteral("intact")).toBool(), true);
}

void TestCliRecord::sendPrintsTheMessage()
{
    // The demo register has an organisation with its DPO, a record, and tasks to send.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    CLI_VERIFY_EXIT(run(words({"demo", "--cases", "200"}) << databaseOption(db)), 0);
    const Run toSend = run(words({"tasks", "list", "--open", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(toSend);
    QJsonObject task;
    for (const QJsonValue &row : toSend.array()) {
        if (row.toObject().value(QStringLiteral("state")).toString() == QLatin1String("to-send")) {
            task = row.toObject();
            break;
        }
    }
    QVERIFY2(!task.isEmpty(), toSend.out.constData());
    const QString id = QString::number(task.value(QStringLiteral("id")).toInteger());
    const Run sent = run(QStringList{QStringLiteral("tasks"), QStringLiteral("send"), id, QStringLiteral("--json")}
                         << databaseOption(db));
    CLI_VERIFY_JSON(sent);
    QCOMPARE(sent.object().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
    QCOMPARE(sent.object().value(QStringLiteral("sent_on")).toString(), QStringLiteral("2026-11-26"));
    QCOMPARE(sent.object().value(QStringLiteral("sent_to")).toString(),
             task.value(QStringLiteral("owner_email")).toString());
    QCOMPARE(sent.object().value(QStringLiteral("reminder")).toBool(), false);
    const QJsonObject message = sent.object().value(QStringLiteral("message")).toObject();
    QCOMPARE(message.value(QStringLiteral("to")).toString(), task.value(QStringLiteral("owner_email")).toString());
    QVERIFY2(message.value(QStringLiteral("subject"))
                 .toString()
                 .startsWith(QStringLiteral("[%1]").arg(task.value(QStringLiteral("token")).toString())),
             qPrintable(message.value(QStringLiteral("subject")).toString()));
    QVERIFY(message.value(QStringLiteral("body")).toString().contains(QStringLiteral("Camille Martin")));
    // Sent again: a reminder, the first date kept.
    const Run again = run(QStringList{QStringLiteral("tasks"), QStringLiteral("send"), id, QStringLiteral("--json")}
                          << databaseOption(db));
    CLI_VERIFY_JSON(again);
    QCOMPARE(again.object().value(QStringLiteral("reminder")).toBool(), true);
    // In English, as text: the subject line carries the token.
    const Run text = run(QStringList{QStringLiteral("tasks"), QStringLiteral("send"), id, QStringLiteral("--language"),
                                     QStringLiteral("en")}
                         << databaseOption(db));
    QCOMPARE(text.code, kOk);
    QVERIFY2(
        text.out.contains(QByteArray("Subject: [" + task.value(QStringLiteral("token")).toString().toUtf8() + "]")),
        text.describe().constData());
    // The digest: one message per owner, naming this task (sent, still owed).
    const Run digest = run(words({"tasks", "digest", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(digest);
    bool named = false;
    for (const QJsonValue &m : digest.array()) {
        if (m.toObject().value(QStringLiteral("to")).toString() ==
            task.value(QStringLiteral("owner_email")).toString()) {
            named = m.toObject()
                        .value(QStringLiteral("body"))
                        .toString()
                        .contains(task.value(QStringLiteral("token")).toString());
        }
    }
    QVERIFY2(named, digest.out.constData());
    // The record exported as CSV imports back unchanged.
    const QString csv = dir.filePath(QStringLiteral("record.csv"));
    CLI_VERIFY_EXIT(run(QStringList{QStringLiteral("activities"), QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("--out"), csv}
                        << databaseOption(db)),
                    0);
    const Run back =
        run(QStringList{QStringLiteral("activities"), QStringLiteral("import"), csv, QStringLiteral("--json")}
            << databaseOption(db));
    CLI_VERIFY_JSON(back);
    QCOMPARE(back.object().value(QStringLiteral("unchanged")).toInt(), 5);
    const QString pdf = dir.filePath(QStringLiteral("record.pdf"));
    CLI_VERIFY_EXIT(run(QStringList{QStringLiteral("activities"), QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("pdf"), QStringLiteral("--out"), pdf}
                        << databaseOption(db)),
                    0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    CLI_VERIFY_EXIT(run(words({"audit", "verify"}) << databaseOption(db)), 0);
}

QTEST_MAIN(TestCliRecord)
#include "tst_cli_record.moc"
