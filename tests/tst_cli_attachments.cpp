// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// dpodesk-cli attachments: add, list, export, verify (exit 3 on tampering), purge, verify-identity.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliAttachments final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addListExportVerifyPurge();
    void refusals();
    void addIsAllOrNothing_data();
    void addIsAllOrNothing();
    void dirtyNamesArePrintedSafely();

private:
    Run run(const QStringList &args) const { return m_cli.run(args); }
    CliRunner m_cli;
};

void TestCliAttachments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli.setUp();
}

void TestCliAttachments::addListExportVerifyPurge()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.sqlite"));
    CLI_VERIFY_EXIT(run(words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received", "2026-11-20"})
                        << databaseOption(db)),
                    0);
    const QString id = dir.filePath(QStringLiteral("passeport de l'intéressée.pdf"));
    QFile file(id);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\nMARKER-ID-COPY\n%%EOF\n");
    file.close();
    const Run added = run(words({"attachments", "add", "DR-2026-0001", "--kind", "identity-proof", "--json"})
                          << id << databaseOption(db));
    CLI_VERIFY_JSON(added);
    QCOMPARE(added.json.array().size(), 1);
    const QJsonObject first = added.json.array().first().toObject();
    QCOMPARE(first.value(QStringLiteral("mime_type")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(first.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(sha256Of(id)));

    const Run listed = run(words({"attachments", "list", "DR-2026-0001", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(listed);
    QCOMPARE(listed.json.array().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("passeport de l'intéressée.pdf"));

    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const Run exported = run(words({"attachments", "export", "1", "--to"}) << out << databaseOption(db));
    CLI_VERIFY_EXIT(exported, 0);
    QCOMPARE(sha256Of(QString::fromUtf8(exported.out.trimmed())), sha256Of(id));
    CLI_VERIFY_EXIT(run(words({"attachments", "verify"}) << databaseOption(db)), 0);

    // Tampering with the stored bytes: verify exits 3 and names the file.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("UPDATE attachment_contents SET content = X'00'")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const Run broken = run(words({"attachments", "verify"}) << databaseOption(db));
    CLI_VERIFY_EXIT(broken, 3);
    QVERIFY2(broken.out.contains("MISMATCH"), broken.describe().constData());

    // Verifying the identity erases the copy; the record stays.
    const Run verified = run(words({"attachments", "verify-identity", "DR-2026-0001", "--method", "id-document",
                                    "--document-type", "passport"})
                             << databaseOption(db));
    CLI_VERIFY_EXIT(verified, 0);
    QVERIFY(verified.out.contains("1 identity cop"));
    const Run after = run(words({"attachments", "list", "DR-2026-0001", "--json"}) << databaseOption(db));
    QVERIFY(!after.json.array().first().toObject().value(QStringLiteral("purged_at")).isNull());
    CLI_VERIFY_EXIT(run(words({"attachments", "verify"}) << databaseOption(db)), 0);
    CLI_VERIFY_EXIT(run(words({"audit", "verify"}) << databaseOption(db)), 0);
}

void TestCliAttachments::refusals()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.sqlite"));
    CLI_VERIFY_EXIT(run(words({"case", "add", "--last-name", "Martin", "--right", "erasure"}) << databaseOption(db)),
                    0);
    CLI_VERIFY_REFUSED(
        run(words({"attachments", "add", "DR-2026-0001", "--kind", "selfie", "/etc/hostname"}) << databaseOption(db)),
        2, QStringLiteral("--kind"));
    CLI_VERIFY_REFUSED(run(words({"attachments", "add", "DR-2026-0001", "--kind", "request"})
                           << dir.filePath(QStringLiteral("missing.pdf")) << databaseOption(db)),
                       1, QStringLiteral("Cannot read"));
    CLI_VERIFY_REFUSED(run(words({"attachments", "export", "7", "--to"}) << dir.path() << databaseOption(db)), 1,
                       QStringLiteral("no attachment 7"));
    CLI_VERIFY_REFUSED(
        run(words({"attachments", "verify-identity", "DR-2026-0001", "--method", "selfie"}) << databaseOption(db)), 2,
        QStringLiteral("--method"));
    CLI_VERIFY_REFUSED(run(words({"attachments", "frob"}) << databaseOption(db)), 2, QStringLiteral("unknown"));
}

void TestCliAttachments::addIsAllOrNothing_data()
{
    QTest::addColumn<QString>("third");
    QTest::addColumn<QString>("why");
    QTest::newRow("missing") << QStringLiteral("missing.pdf") << QStringLiteral("no such file");
    QTest::newRow("over the size limit") << QStringLiteral("big.pdf") << QStringLiteral("are not kept");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("not a regular file");
    QTest::newRow("empty") << QStringLiteral("empty.pdf") << QStringLiteral("empty");
}

void TestCliAttachments::addIsAllOrNothing()
{
    QFETCH(QString, third);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.sqlite"));
    CLI_VERIFY_EXIT(run(words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received", "2026-11-20"})
                        << databaseOption(db)),
                    0);
    QStringList files;
    for (const char *name : {"a.pdf", "b.pdf"}) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n" + QByteArray(name) + "\n%%EOF\n");
        files << file.fileName();
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    {
        QFile empty(dir.filePath(QStringLiteral("empty.pdf")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        QFile big(dir.filePath(QStringLiteral("big.pdf")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(51LL * 1024 * 1024)); // sparse: over the 50 MB limit without writing it
    }
    const QString thirdPath = dir.filePath(third);
    const Run refused = run(words({"attachments", "add", "DR-2026-0001", "--kind", "request"})
                            << files << thirdPath << databaseOption(db));
    CLI_VERIFY_REFUSED(refused, 1, why);
    QVERIFY2(refused.err.contains(third.toUtf8()), refused.describe().constData());
    QVERIFY2(refused.err.contains("none"), refused.describe().constData());
    // Nothing stored, nothing audited: a retry does not duplicate the first two.
    const Run listed = run(words({"attachments", "list", "DR-2026-0001", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(listed);
    QCOMPARE(listed.json.array().size(), 0);
    const Run audit = run(words({"audit", "verify", "--json"}) << databaseOption(db));
    CLI_VERIFY_JSON(audit);
    QCOMPARE(audit.object().value(QStringLiteral("events")).toInt(), 1);

    // All good: all three, each with its own audit event.
    const Run added = run(words({"attachments", "add", "DR-2026-0001", "--kind", "request", "--json"})
                          << files << files.first() << databaseOption(db));
    CLI_VERIFY_JSON(added);
    QCOMPARE(added.json.array().size(), 3);
    const Run again = run(words({"audit", "verify", "--json"}) << databaseOption(db));
    QCOMPARE(again.object().value(QStringLiteral("events")).toInt(), 4);
}

void TestCliAttachments::dirtyNamesArePrintedSafely()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.sqlite"));
    CLI_VERIFY_EXIT(run(words({"case", "add", "--last-name", "Dupré", "--right", "access", "--received", "2026-11-20"})
                        << databaseOption(db)),
                    0);
    QFile scan(dir.filePath(QStringLiteral("scan.pdf")));
    QVERIFY(scan.open(QIODevice::WriteOnly));
    scan.write("%PDF-1.4\n%%EOF\n");
    scan.close();
    CLI_VERIFY_EXIT(run(words({"attachments", "add", "DR-2026-0001", "--kind", "request"})
                        << scan.fileName() << databaseOption(db)),
                    0);
    // A register written before display names were cleaned, or by another program.
    int rows = 0;
    QCOMPARE(execSql(db,
                     QStringLiteral("UPDATE attachments SET display_name = 'scan' || char(27) || ']2;owned' || "
                                    "char(7) || char(10) || 'gpj' || char(8238) || '.exe'"),
                     &rows),
             QString());
    const Run listed = run(words({"attachments", "list", "DR-2026-0001"}) << databaseOption(db));
    CLI_VERIFY_EXIT(listed, 0);
    QCOMPARE(listed.out.count('\n'), 1);
    QVERIFY2(listed.out.contains("scan\\x1b]2;owned\\x07\\ngpj\\u202e.exe"), listed.describe().constData());
    QVERIFY2(!listed.out.contains('\x1b') && !listed.out.contains('\a'), listed.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliAttachments)
#include "tst_cli_attachments.moc"
