// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Files kept with a case: hashes, sniffed types, hostile names, size limit, purge without trace, tampering.
#include "attachments/attachment.h"
#include "common/clock.h"
#include "domain/caserecord.h"
#include "domain/caseworkflow.h"
#include "register/casebook.h"
#include "register/casefiles.h"
#include "register/organisationsettings.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace dpodesk;

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

} // namespace

class TestAttachmentStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void roundTripWithHash();
    void sizeLimit();
    void purgeOnVerificationLeavesNoTrace();
    void verificationCanKeepCopies();
    void hostileNames_data();
    void hostileNames();
    void exportNeverOverwrites();
    void verifyDetectsTampering();
    void expiredIdentityCopiesAreErased();
    void exportRefusesALinkInTheFolder();
    void onlyRegularFilesAreAdded();
    void profileSettingsNeedJustification();
    void addFilesIsAllOrNothing();
    void verificationTextIsCleaned();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseBook> m_repo;
    std::unique_ptr<CaseFiles> m_store;
    CaseRecord m_case;
};

void TestAttachmentStore::verificationTextIsCleaned()
{
    IdentityVerification v;
    v.caseId = m_case.id;
    v.verifiedOn = QDate(2026, 11, 26);
    v.documentType = QString(QString(201, u'p'));
    auto refused = m_store->recordVerification(v);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("documentType"));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("200")), qPrintable(refused.errorMessage()));
    QVERIFY(!m_store->verification(m_case.id)->has_value());

    v.documentType = QStringLiteral("pass\u202Eport\n\x1b[2J");
    v.note = QStringLiteral("Seen\r\nat the desk\u200B");
    QVERIFY(m_store->recordVerification(v).ok());
    const auto stored = m_store->verification(m_case.id);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->documentType, QStringLiteral("passport [2J"));
    QCOMPARE((*stored)->note, QStringLiteral("Seen\nat the desk"));

    // A reason to erase a file is shown and kept in the audit trail: cleaned too.
    auto copy = m_store->add(m_case.id, AttachmentKind::Request, QStringLiteral("lettre.pdf"), kPdf);
    QVERIFY(copy.ok());
    QVERIFY(m_store->purge(copy->id, QStringLiteral("Sent\x1b[2J twice\u202E")).ok());
    QCOMPARE(m_store->find(copy->id)->purgeReason, QStringLiteral("Sent[2J twice"));
}

void TestAttachmentStore::addFilesIsAllOrNothing()
{
    const auto events = [this] {
        auto all = m_repo->audit().eventsForCase(m_case.reference);
        return all.ok() ? int(all->size()) : -1;
    };
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile file(m_dir->filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    };
    m_store->setMaxSize(1024);
    const QStringList good{write(QStringLiteral("a.pdf"), kPdf), write(QStringLiteral("b.pdf"), kPdf)};
    const QString big = write(QStringLiteral("c-too-big.pdf"), QByteArray(4096, 'x'));
    QVERIFY(!good.contains(QString()) && !big.isEmpty());
    const int before = events();

    const Result<QList<Attachment>> refused =
        m_store->addFiles(m_case.id, AttachmentKind::Request, good + QStringList{big});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("c-too-big.pdf")), qPrintable(refused.errorMessage()));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("none")), qPrintable(refused.errorMessage()));
    QCOMPARE(m_store->list(m_case.id)->size(), qsizetype(0));
    QCOMPARE(events(), before);

    const Result<QList<Attachment>> missing = m_store->addFiles(
        m_case.id, AttachmentKind::Request, QStringList{m_dir->filePath(QStringLiteral("gone.pdf"))} + good);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorMessage().contains(QStringLiteral("gone.pdf")), qPrintable(missing.errorMessage()));
    QCOMPARE(m_store->list(m_case.id)->size(), qsizetype(0));

    // All readable and within the limit: all stored, each with its own audit event.
    const Result<QList<Attachment>> added = m_store->addFiles(m_case.id, AttachmentKind::Request, good + good);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(added->size(), qsizetype(4));
    QCOMPARE(m_store->list(m_case.id)->size(), qsizetype(4));
    QCOMPARE(added->first().displayName, QStringLiteral("a.pdf"));
    QCOMPARE(added->first().sha256, sha256Hex(kPdf));
    QCOMPARE(events(), before + 4);
}

void TestAttachmentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 26));
    auto db = Database::open(m_dir->filePath(QStringLiteral("register.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_repo = std::make_unique<CaseBook>(*m_db, *m_clock, QStringLiteral("tester"));
    m_store = std::make_unique<CaseFiles>(*m_db, m_repo->audit(), *m_clock, QStringLiteral("tester"));
    CaseRecord draft;
    draft.subject.lastName = QStringLiteral("Dupré");
    draft.receivedOn = QDate(2026, 11, 20);
    draft.rights = {RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    auto created = m_repo->create(draft);
    QVERIFY(created.ok());
    m_case = *created;
}

void TestAttachmentStore::cleanup()
{
    auto chain = m_repo->audit().verify();
    QVERIFY(chain.ok() && chain->intact);
    m_store.reset();
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestAttachmentStore::roundTripWithHash()
{
    auto added = m_store->add(m_case.id, AttachmentKind::Request, QStringLiteral("lettre de demande.pdf"), kPdf);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(added->sha256, sha256Hex(kPdf));
    QCOMPARE(added->size, kPdf.size());
    QCOMPARE(added->mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(added->displayName, QStringLiteral("lettre de demande.pdf"));

    auto listed = m_store->list(m_case.id);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().sha256, added->sha256);
    QCOMPARE(listed->first().kind, AttachmentKind::Request);
    QCOMPARE(listed->first().id, added->id); // the id the database gave the row, read back with RETURNING

    auto bytes = m_store->content(added->id, QStringLiteral("view"));
    QVERIFY2(bytes.ok(), qPrintable(bytes.errorMessage()));
    QCOMPARE(bytes.value(), kPdf);
    // Adding and viewing are both in the trail, without the file's name.
    auto events = m_repo->audit().eventsForCase(m_case.reference);
    QCOMPARE(events->at(events->size() - 2).action, QStringLiteral("attachment.add"));
    QCOMPARE(events->last().action, QStringLiteral("attachment.view"));
    QVERIFY(!QString::fromUtf8(events->last().detailsText).contains(QStringLiteral("lettre")));

    // A file that is not what its name says is typed by its content.
    auto png = m_store->add(m_case.id, AttachmentKind::OtherEvidence, QStringLiteral("scan.pdf"),
                            QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
    QVERIFY(png.ok());
    QCOMPARE(png->mimeType, QStringLiteral("image/png"));
    QVERIFY(png->id > added->id);
    auto found = m_store->find(png->id);
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    QCOMPARE(found->displayName, QStringLiteral("scan.pdf"));
}

void TestAttachmentStore::sizeLimit()
{
    m_store->setMaxSize(1024);
    const qint64 before = m_repo->audit().verify()->events;
    auto refused = m_store->add(m_case.id, AttachmentKind::Request, QStringLiteral("big.pdf"), QByteArray(2048, 'x'));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("big.pdf")), qPrintable(refused.errorMessage()));
    QVERIFY(m_store->list(m_case.id)->isEmpty());
    QCOMPARE(m_repo->audit().verify()->events, before);
    // The same through a file on disk: refused before it is read.
    const QString path = m_dir->filePath(QStringLiteral("big.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'y'));
    file.close();
    QVERIFY(!m_store->addFile(m_case.id, AttachmentKind::Request, path).ok());
    QVERIFY(!m_store->add(m_case.id, AttachmentKind::Request, QStringLiteral("empty.pdf"), QByteArray()).ok());
}

void TestAttachmentStore::purgeOnVerificationLeavesNoTrace()
{
    // A marker no other byte of the register contains, repeated through a file large enough for overflow pages.
    const QByteArray marker = "PASSPORT-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QByteArray id = kPdf;
    while (id.size() < 200 * 1024) {
        id += marker + '\n';
    }
    auto copy = m_store->add(m_case.id, AttachmentKind::IdentityProof, QStringLiteral("passeport.pdf"), id);
    QVERIFY(copy.ok());
    auto mandate = m_store->add(m_case.id, AttachmentKind::CapacityProof, QStringLiteral("mandat.pdf"), kPdf);
    QVERIFY(mandate.ok());
    const QString path = m_db->path();
    QVERIFY2(QByteArray(fileBytes(path) + fileBytes(path + QStringLiteral("-wal"))).contains(marker),
             "the marker should be in the register before the purge");

    IdentityVerification v;
    v.caseId = m_case.id;
    v.verifiedOn = QDate(2026, 11, 25);
    v.method = VerificationMethod::IdDocument;
    v.documentType = QStringLiteral("passport");
    auto purged = m_store->recordVerification(v);
    QVERIFY2(purged.ok(), qPrintable(purged.errorMessage()));
    QCOMPARE(purged.value(), 1);

    // No trace of the content in the database file nor in its WAL.
    QVERIFY(!fileBytes(path).contains(marker));
    QVERIFY(!fileBytes(path + QStringLiteral("-wal")).contains(marker));
    // The record stays, with the verification; the proof of capacity is kept (docs/rules.md#identity-proofs).
    auto after = m_store->list(m_case.id);
    QCOMPARE(after->size(), 2);
    QVERIFY(after->at(0).isPurged());
    QVERIFY(after->at(0).purgeReason.contains(QStringLiteral("2026-11-25")));
    QVERIFY(!after->at(1).isPurged());
    auto record = m_store->verification(m_case.id);
    QVERIFY(record.ok() && record->has_value());
    QCOMPARE(record->value().documentType, QStringLiteral("passport"));
    QCOMPARE(record->value().verifiedBy, QStringLiteral("tester"));
    auto gone = m_store->content(copy->id, QStringLiteral("view"));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, Error::Code::NotFound);
    auto events = m_repo->audit().eventsForCase(m_case.reference);
    QStringList actions;
    for (const AuditEvent &e : events.value()) {
        actions << e.action;
    }
    QVERIFY(actions.contains(QStringLiteral("identity.verified")));
    QVERIFY(actions.contains(QStringLiteral("attachment.purge")));
    auto check = m_store->verifyAll();
    QCOMPARE(check->purged, 1);
    QCOMPARE(check->checked, 1);
    QVERIFY(check->mismatches.isEmpty());
}

void TestAttachmentStore::verificationCanKeepCopies()
{
    auto copy = m_store->add(m_case.id, AttachmentKind::IdentityProof, QStringLiteral("cni.pdf"), kPdf);
    QVERIFY(copy.ok());
    IdentityVerification v;
    v.caseId = m_case.id;
    v.verifiedOn = QDate(2026, 11, 26);
    auto kept = m_store->recordVerification(v, true);
    QVERIFY(kept.ok());
    QCOMPARE(kept.value(), 0);
    QVERIFY(!m_store->list(m_case.id)->first().isPurged());
    v.verifiedOn = QDate(2026, 11, 27); // tomorrow
    QVERIFY(!m_store->recordVerification(v).ok());
    // A purge by hand needs a reason.
    QVERIFY(!m_store->purge(copy->id, QStringLiteral(" ")).ok());
    QVERIFY(m_store->purge(copy->id, QStringLiteral("grace period over")).ok());
    QVERIFY(m_store->list(m_case.id)->first().isPurged());
}

void TestAttachmentStore::hostileNames_data()
{
    QTest::addColumn<QString>("original");
    QTest::newRow("parent folders") << QStringLiteral("../../x");
    QTest::newRow("absolute path") << QStringLiteral("/etc/passwd");
    QTest::newRow("windows path") << QStringLiteral("C:\\Windows\\system32\\cmd.exe");
    QTest::newRow("device name") << QStringLiteral("CON");
    QTest::newRow("device name with extension") << QStringLiteral("nul.txt");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("empty") << QString();
    QTest::newRow("300-byte name") << QString(QString(150, QChar(0xE9)) + QStringLiteral(".pdf"));
    QTest::newRow("right-to-left override") << QStringLiteral("facture\u202Efdp.exe");
    QTest::newRow("control characters") << QStringLiteral("a\nb\tc\u0007.pdf");
    QTest::newRow("reserved characters") << QStringLiteral("what?<>|*\".pdf");
    QTest::newRow("hidden file") << QStringLiteral(".bashrc");
}

void TestAttachmentStore::hostileNames()
{
    QFETCH(QString, original);
    auto added = m_store->add(m_case.id, AttachmentKind::OtherEvidence, original, kPdf);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    const QString shown = added->displayName;
    QVERIFY(!shown.isEmpty());
    for (const QChar c : shown) {
        QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                 qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
    }
    QTemporaryDir out;
    auto written = m_store->exportTo(added->id, out.path());
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    const QFileInfo info(written.value());
    QCOMPARE(info.absolutePath(), QDir(out.path()).absolutePath()); // in the folder chosen, never elsewhere
    QVERIFY(info.fileName().toUtf8().size() <= 255);
    QVERIFY(!info.fileName().startsWith(u'.'));
    QVERIFY(!info.fileName().contains(u'/') && !info.fileName().contains(u'\\'));
    QVERIFY(!QStringList({QStringLiteral("CON"), QStringLiteral("NUL.TXT")}).contains(info.fileName().toUpper()));
    QCOMPARE(fileBytes(written.value()), kPdf);
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 1);
}

void TestAttachmentStore::exportNeverOverwrites()
{
    auto added = m_store->add(m_case.id, AttachmentKind::Request, QStringLiteral("demande.pdf"), kPdf);
    QVERIFY(added.ok());
    QTemporaryDir out;
    const QString existing = QDir(out.path()).filePath(QStringLiteral("demande.pdf"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("the DPO's own file");
    file.close();
    auto refused = m_store->exportTo(added->id, out.path());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(fileBytes(existing), QByteArray("the DPO's own file"));
    QVERIFY(!m_store->exportTo(added->id, m_dir->filePath(QStringLiteral("no-such-folder"))).ok());
}

void TestAttachmentStore::verifyDetectsTampering()
{
    auto added = m_store->add(m_case.id, AttachmentKind::Request, QStringLiteral("demande.pdf"), kPdf);
    QVERIFY(added.ok());
    QVERIFY(m_store->verifyAll()->mismatches.isEmpty());
    QSqlQuery q(m_db->connection());
    QVERIFY2(
        q.exec(
            QStringLiteral("UPDATE attachment_contents SET content = X'00' WHERE attachment_id = %1").arg(added->id)),
        qPrintable(q.lastError().text()));
    auto check = m_store->verifyAll();
    QVERIFY(check.ok());
    QCOMPARE(check->mismatches.size(), 1);
    QCOMPARE(check->mismatches.first().id, added->id);
    auto read = m_store->content(added->id, QStringLiteral("view"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::Corrupt);
}

void TestAttachmentStore::expiredIdentityCopiesAreErased()
{
    const CaseWorkflow flow(m_repo->calculator());
    const auto newCase = [&](QDate received) {
        CaseRecord draft;
        draft.subject.lastName = QStringLiteral("Martin");
        draft.receivedOn = received;
        draft.rights = {RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
        return m_repo->create(draft).value();
    };
    // Verified on 16 Nov with a 7-day grace: due on 23 Nov.
    auto copyA = m_store->add(m_case.id, AttachmentKind::IdentityProof, QStringLiteral("a.pdf"), kPdf);
    IdentityVerification v;
    v.caseId = m_case.id;
    v.verifiedOn = QDate(2026, 11, 16);
    QVERIFY(m_store->recordVerification(v, true).ok());
    // Never verified, case closed on 20 Oct: due 30 days later, on 19 Nov.
    CaseRecord closedLongAgo = newCase(QDate(2026, 10, 1));
    auto copyB = m_store->add(closedLongAgo.id, AttachmentKind::IdentityProof, QStringLiteral("b.pdf"), kPdf);
    QVERIFY(flow.close(closedLongAgo, QDate(2026, 10, 20), m_clock->today()).ok());
    QVERIFY(m_repo->save(closedLongAgo, QStringLiteral("case.close")).ok());
    // Never verified, closed on 20 Nov: kept until 20 Dec. A proof of capacity is never swept.
    CaseRecord closedRecently = newCase(QDate(2026, 11, 2));
    auto copyC = m_store->add(closedRecently.id, AttachmentKind::IdentityProof, QStringLiteral("c.pdf"), kPdf);
    auto mandate = m_store->add(closedRecently.id, AttachmentKind::CapacityProof, QStringLiteral("m.pdf"), kPdf);
    QVERIFY(flow.close(closedRecently, QDate(2026, 11, 20), m_clock->today()).ok());
    QVERIFY(m_repo->save(closedRecently, QStringLiteral("case.close")).ok());
    // Open and unverified: kept.
    CaseRecord open = newCase(QDate(2026, 11, 24));
    auto copyD = m_store->add(open.id, AttachmentKind::IdentityProof, QStringLiteral("d.pdf"), kPdf);

    auto erased = m_store->purgeExpiredIdentityCopies(m_clock->today(), 7, 30);
    QVERIFY2(erased.ok(), qPrintable(erased.errorMessage()));
    QCOMPARE(erased.value(), 2);
    QVERIFY(m_store->find(copyA->id)->isPurged());
    QVERIFY(m_store->find(copyB->id)->isPurged());
    QVERIFY(m_store->find(copyB->id)->purgeReason.contains(QStringLiteral("never verified")));
    QVERIFY(!m_store->find(copyC->id)->isPurged());
    QVERIFY(!m_store->find(mandate->id)->isPurged());
    QVERIFY(!m_store->find(copyD->id)->isPurged());
    QCOMPARE(m_store->purgeExpiredIdentityCopies(m_clock->today(), 7, 30).value(), 0); // nothing twice
    // A month later the recently closed case's copy goes too.
    QCOMPARE(m_store->purgeExpiredIdentityCopies(QDate(2026, 12, 20), 7, 30).value(), 1);
    QVERIFY(m_store->find(copyC->id)->isPurged());
}

void TestAttachmentStore::profileSettingsNeedJustification()
{
    OrganisationProfile profile = OrganisationSettings(*m_repo).organisation().value();
    QCOMPARE(profile.attachmentMaxSizeMb, 50);
    QCOMPARE(profile.identityCopyGraceDays, 0);
    QCOMPARE(profile.unverifiedCopyPurgeDays, 30);
    profile.identityCopyGraceDays = 14;
    auto refused = OrganisationSettings(*m_repo).saveOrganisation(profile);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("identityCopyGraceJustification"));
    profile.identityCopyGraceJustification =
        QStringLiteral("Disputed identities are reviewed by legal within 14 days.");
    profile.attachmentMaxSizeMb = 20;
    QVERIFY(OrganisationSettings(*m_repo).saveOrganisation(profile).ok());
    QCOMPARE(OrganisationSettings(*m_repo).organisation()->identityCopyGraceDays, 14);
    QCOMPARE(OrganisationSettings(*m_repo).organisation()->attachmentMaxSizeMb, 20);
    profile.attachmentMaxSizeMb = 0;
    QVERIFY(!OrganisationSettings(*m_repo).saveOrganisation(profile).ok());
}

void TestAttachmentStore::exportRefusesALinkInTheFolder()
{
    auto added = m_store->add(m_case.id, AttachmentKind::IdentityProof, QStringLiteral("cni.pdf"), kPdf);
    QVERIFY(added.ok());
    QTemporaryDir out;
    QTemporaryDir elsewhere;
    const QString target = QDir(elsewhere.path()).filePath(QStringLiteral("planted"));
    // A dangling link named like the export: writing through it would put the ID copy outside the folder.
    QVERIFY(QFile::link(target, QDir(out.path()).filePath(QStringLiteral("cni.pdf"))));
    auto refused = m_store->exportTo(added->id, out.path());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(!QFileInfo::exists(target));
}

void TestAttachmentStore::onlyRegularFilesAreAdded()
{
    const QString fifo = m_dir->filePath(QStringLiteral("pipe.pdf"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    auto refused = m_store->addFile(m_case.id, AttachmentKind::Request, fifo); // would block for ever if read
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("not a regular file")), qPrintable(refused.errorMessage()));
    QVERIFY(!m_store->addFile(m_case.id, AttachmentKind::Request, m_dir->path()).ok());
    auto missing = m_store->addFile(m_case.id, AttachmentKind::Request, m_dir->filePath(QStringLiteral("none.pdf")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
