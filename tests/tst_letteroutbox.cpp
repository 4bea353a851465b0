// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Letters in the register: the organisation's templates (kept, refused when wrong, reset), the logo, the letter the
// case calls for, and "record as sent" with its effect on the case, the PDF kept with its SHA-256 and one transaction
// that stores nothing when refused; acknowledgements for every new case in one go.
#include "reportparsers.h"
#include "repositoryfixture.h"

#include "register/processingrecord.h"
#include "storage/database.h"

#include "common/sha256.h"
#include "domain/caseworkflow.h"
#include "letters/letter.h"
#include "letters/letterkind.h"
#include "letters/logo.h"
#include "register/casefiles.h"
#include "register/letteroutbox.h"

#include <QBuffer>
#include <QImage>
#include <QJsonObject>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dpodesk;
using reporttest::pdfText;
using namespace repositorytest;

namespace {

QByteArray pngLogo()
{
    QImage image(120, 40, QImage::Format_ARGB32);
    image.fill(QColor(29, 78, 137));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestLetterOutbox final : public QObject, protected RepositoryFixture {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void templatesKeptRefusedAndReset();
    void optionalPassagesAndStrayBraces();
    void frenchTypography();
    void requiredTextRefusedBeforeGenerating();
    void logoCheckedAndDrawn();
    void logoReferringToFilesRefused();
    void suggestedLetter();
    void acknowledgementRecorded();
    void identityRequestStopsTheClock();
    void extensionNoticeNeedsAnExtension();
    void extensionNoticeWithinTheFirstMonth();
    void answerSetsTheAnswerDate();
    void noDataLetterNeedsTheOutcome();
    void answerWithUndecidedRightRefused();
    void staleCaseRefused();
    void batchAcknowledgesNewCases();
    void refusalStatesTheRecordedGround();
    void answerLetterMustMatchTheOutcome();
    void subjectLineFilledAndExtensionNoticeOnlyWhenOpen();
    void excessiveRequestStatesTheEarlierRequestsAndTheFee();
    void legacyGroundStillReads();

private:
    LetterInput input(const CaseRecord &record, LetterKind kind, const QString &text = {}) const;
    LetterInput accessAnswer(const CaseRecord &record);
    qint64 attachmentCount(qint64 caseId);

    OrganisationProfile m_org;
    std::unique_ptr<CaseFiles> m_store;
    std::unique_ptr<CaseWorkflow> m_workflow;
    std::unique_ptr<LetterOutbox> m_outbox;
};

void TestLetterOutbox::init()
{
    openRegister();
    m_org.name = QStringLiteral("Courriels & Cie SAS");
    m_org.dpoName = QStringLiteral("Anne Lefèvre");
    m_org.dpoEmail = QStringLiteral("dpo@courriels.example");
    m_store = std::make_unique<CaseFiles>(*m_db, repo().audit(), *m_clock, QStringLiteral("tester"));
    m_workflow = std::make_unique<CaseWorkflow>(repo().calculator());
    m_outbox = std::make_unique<LetterOutbox>(*m_db, repo(), settings(), *m_store, *m_workflow);
}

void TestLetterOutbox::cleanup()
{
    m_outbox.reset();
    m_workflow.reset();
    m_store.reset();
    closeRegister();
}

LetterInput TestLetterOutbox::input(const CaseRecord &record, LetterKind kind, const QString &text) const
{
    return LetterInput{record, m_org, kind, QStringLiteral("fr"), QDate(2026, 11, 26), text, {}};
}

/// The access answer states the activities of the record chosen for the case, and how the copy is provided.
LetterInput TestLetterOutbox::accessAnswer(const CaseRecord &record)
{
    LetterInput in = input(record, LetterKind::AnswerAccess, QStringLiteral("Copie jointe au format CSV."));
    ProcessingActivity customers;
    customers.name = QStringLiteral("Gestion des clients");
    customers.purposes = {QStringLiteral("Commandes")};
    customers.legalBasis = {QStringLiteral("Contrat")};
    customers.dataSubjects = {QStringLiteral("Clients")};
    customers.dataCategories = {QStringLiteral("Identité")};
    customers.retention = QStringLiteral("Trois ans");
    // Chosen for the case in the register: the outbox states what the register holds.
    ProcessingRecord record_(repo());
    auto kept = record_.activity(customers.name);
    if (kept && !*kept) {
        auto saved = record_.saveActivity(customers);
        if (!saved) {
            qFatal("%s", qPrintable(saved.errorMessage()));
        }
    }
    auto activity = record_.activity(customers.name);
    auto linked = repo().database().write([&]() -> Result<void> {
        if (auto ok = repo().stores().tasks->setCaseActivities(record.id, {(*activity)->id}, record.receivedOn); !ok) {
            return ok;
        }
        auto event = repo().audit().append(QStringLiteral("case.activities"), record.reference, QJsonObject());
        return event ? Result<void>() : Result<void>(event.error());
    });
    if (!linked) {
        qFatal("%s", qPrintable(linked.errorMessage()));
    }
    in.activities = {customers};
    return in;
}

qint64 TestLetterOutbox::attachmentCount(qint64 caseId)
{
    auto list = m_store->list(caseId);
    return list ? list->size() : -1;
}

void TestLetterOutbox::templatesKeptRefusedAndReset()
{
    const LetterKind kind = LetterKind::Acknowledgement;
    const QString name = LetterKinds::name(kind);
    const QString fr = QStringLiteral("fr");
    QCOMPARE(settings().hasCustomLetterTemplate(name, fr).value(), false);
    QCOMPARE(settings().letterTemplate(name, fr).value(), Letters::defaultTemplate(kind, fr).value());

    // A misspelt placeholder is refused before anything is kept.
    auto wrong = settings().saveLetterTemplate(name, fr, QStringLiteral("<p>Bonjour {{subject.nmae}}</p>"));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.errorMessage().contains(QStringLiteral("{{subject.nmae}}")), qPrintable(wrong.errorMessage()));
    QCOMPARE(settings().hasCustomLetterTemplate(name, fr).value(), false);
    QVERIFY(!settings().saveLetterTemplate(name, fr, QStringLiteral("   ")).ok());
    QVERIFY(!settings().saveLetterTemplate(QStringLiteral("no-such-letter"), fr, QStringLiteral("<p>x</p>")).ok());
    // The access answer's template keeps the statement of the record (GDPR art. 15(1) and 15(2)).
    const QString access = LetterKinds::name(LetterKind::AnswerAccess);
    QString noStatement = Letters::defaultTemplate(LetterKind::AnswerAccess, fr).value();
    noStatement.remove(QStringLiteral("{{processing.statement}}"));
    auto withoutStatement = settings().saveLetterTemplate(access, fr, noStatement);
    QVERIFY(!withoutStatement.ok());
    QVERIFY2(withoutStatement.errorMessage().contains(QStringLiteral("{{processing.statement}}")),
             qPrintable(withoutStatement.errorMessage()));
    QCOMPARE(settings().hasCustomLetterTemplate(access, fr).value(), false);

    // The organisation's copy is kept, audited, and used for the letter.
    const qint64 before = eventCount();
    const QString custom = QStringLiteral("<!-- subject: Accusé maison -->\n<p>TEXTE-MAISON pour {{subject.name}}, "
                                          "réponse au plus tard le {{case.deadline}}.</p>");
    QVERIFY(settings().saveLetterTemplate(name, fr, custom).ok());
    QCOMPARE(eventCount(), before + 1);
    QCOMPARE(lastEvent().action, QStringLiteral("letter.template.save"));
    QCOMPARE(settings().hasCustomLetterTemplate(name, fr).value(), true);
    QCOMPARE(settings().letterTemplate(name, fr).value(), custom);
    // English keeps its default.
    QCOMPARE(settings().hasCustomLetterTemplate(name, QStringLiteral("en")).value(), false);

    auto created = repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    auto pdf = m_outbox->render(input(*created, kind));
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    const QString text = pdfText(*pdf);
    QVERIFY2(text.contains(QStringLiteral("TEXTE-MAISON pour Élodie Dupré")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Accusé maison")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("21 décembre 2026")), qPrintable(text)); // 20 Nov + 1 month, a Sunday → Mon

    QVERIFY(settings().resetLetterTemplate(name, fr).ok());
    QCOMPARE(lastEvent().action, QStringLiteral("letter.template.reset"));
    QCOMPARE(settings().hasCustomLetterTemplate(name, fr).value(), false);
    QVERIFY(!pdfText(m_outbox->render(input(*created, kind)).value()).contains(QStringLiteral("TEXTE-MAISON")));
}

void TestLetterOutbox::optionalPassagesAndStrayBraces()
{
    CaseRecord c = draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20));
    c.reference = QStringLiteral("DR-2026-0001");
    const QString text =
        QStringLiteral("<p>A</p>{{#text.free}}<p><b>DETAILS</b><br/>{{text.free}}</p>{{/text.free}}<p>Z</p>");
    QVERIFY(Letters::validateTemplate(text).ok());
    auto without = Letters::html(input(c, LetterKind::Acknowledgement), text);
    QVERIFY2(without.ok(), qPrintable(without.errorMessage()));
    QVERIFY(!without->contains(QStringLiteral("DETAILS")));
    QVERIFY(without->contains(QStringLiteral("<p>Z</p>")));
    auto with = Letters::html(input(c, LetterKind::Acknowledgement, QStringLiteral("FAIT")), text);
    QVERIFY(with->contains(QStringLiteral("DETAILS")) && with->contains(QStringLiteral("FAIT")));

    auto stray = Letters::validateTemplate(QStringLiteral("<p>{{case reference}}</p>"));
    QVERIFY(!stray.ok());
    QVERIFY2(stray.errorMessage().contains(QStringLiteral("{{case reference}}")), qPrintable(stray.errorMessage()));
    QVERIFY(!Letters::validateTemplate(QStringLiteral("{{#text.free}}<p>x</p>")).ok());
    QVERIFY(!Letters::validateTemplate(QStringLiteral("<p>x</p>{{/text.free}}")).ok());
    QVERIFY(!Letters::validateTemplate(QStringLiteral("{{#case.nope}}x{{/case.nope}}")).ok());
}

void TestLetterOutbox::frenchTypography()
{
    CaseRecord c = draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20));
    c.reference = QStringLiteral("DR-2026-0001");
    auto html = Letters::html(input(c, LetterKind::Acknowledgement, QStringLiteral("Fait ; voir « ici » : ok ?")),
                              QStringLiteral("<p style=\"margin: 0\">{{text.free}}</p>"));
    QVERIFY2(html.ok(), qPrintable(html.errorMessage()));
    QVERIFY2(html->contains(QStringLiteral("Fait\u00a0; voir «\u00a0ici\u00a0»\u00a0: ok\u00a0?")), qPrintable(*html));
    QVERIFY(html->contains(QStringLiteral("style=\"margin: 0\""))); // inside tags, nothing changes
}

void TestLetterOutbox::requiredTextRefusedBeforeGenerating()
{
    auto created = repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    auto refused = m_outbox->render(input(*created, LetterKind::IdentityRequest));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("text.free"));
    QVERIFY(
        m_outbox->render(input(*created, LetterKind::IdentityRequest, QStringLiteral("Une pièce d'identité"))).ok());
}

void TestLetterOutbox::logoCheckedAndDrawn()
{
    QVERIFY(!Logo::check(QByteArray("not an image")).ok());
    QVERIFY(!Logo::check(QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><broken")).ok());
    QVERIFY(!Logo::check(QByteArray(Logo::kMaxBytes + 1, 'x')).ok());
    QVERIFY(Logo::check(pngLogo()).ok());
    const QByteArray svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"30\">"
                         "<rect width=\"100\" height=\"30\" fill=\"#123456\"/></svg>");
    QVERIFY(Logo::check(svg).ok());

    // Kept with the organisation (the trail has its fingerprint, not its bytes); a bad logo keeps nothing.
    OrganisationProfile org = settings().organisation().value();
    org.name = m_org.name;
    org.dpoName = m_org.dpoName;
    org.dpoEmail = m_org.dpoEmail;
    org.logo = QByteArray("GIF89a....");
    QVERIFY(!settings().saveOrganisation(org).ok());
    QVERIFY(settings().organisation()->logo.isEmpty());
    org.logo = svg;
    QVERIFY(settings().saveOrganisation(org).ok());
    QCOMPARE(settings().organisation()->logo, svg);
    QVERIFY(lastEvent().rawDetails.contains(sha256Hex(svg)));
    QVERIFY(!lastEvent().rawDetails.contains(QStringLiteral("<svg")));

    CaseRecord c = draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20));
    c.reference = QStringLiteral("DR-2026-0001");
    LetterInput with = input(c, LetterKind::Acknowledgement);
    with.organisation.logo = pngLogo();
    auto pdf = Letters::pdf(with);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    QVERIFY(pdf->contains("/Subtype /Image"));
    QVERIFY(pdfText(*pdf).contains(QStringLiteral("Courriels & Cie SAS")));
    auto plain = Letters::pdf(input(c, LetterKind::Acknowledgement));
    QVERIFY(!plain->contains("/Subtype /Image"));
}

void TestLetterOutbox::logoReferringToFilesRefused()
{
    // The logo is drawn in this process: an SVG logo must not draw a local file into every letter.
    QTemporaryDir dir;
    QImage red(40, 40, QImage::Format_RGB32);
    red.fill(Qt::red);
    const QString local = dir.filePath(QStringLiteral("red.png"));
    QVERIFY(red.save(local, "PNG"));
    const QByteArray svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"40\" height=\"40\">"
                                          "<image width=\"40\" height=\"40\" xlink:href=\"%1\"/></svg>")
                               .arg(local)
                               .toUtf8();
    const auto checked = Logo::check(svg);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.errorMessage().contains(QStringLiteral("outside itself")), qPrintable(checked.errorMessage()));
    // A logo kept before this check existed is not drawn either: its letters say why.
    const auto drawn = Logo::render(svg, QSizeF(40, 40));
    QVERIFY(!drawn.ok());
    QVERIFY2(drawn.errorMessage().contains(QStringLiteral("outside itself")), qPrintable(drawn.errorMessage()));
    OrganisationProfile org = settings().organisation().value();
    org.name = m_org.name;
    org.dpoName = m_org.dpoName;
    org.dpoEmail = m_org.dpoEmail;
    org.logo = svg;
    QVERIFY(!settings().saveOrganisation(org).ok());
    CaseRecord c = draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20));
    c.reference = QStringLiteral("DR-2026-0001");
    LetterInput with = input(c, LetterKind::Acknowledgement);
    with.organisation.logo = svg;
    const auto pdf = Letters::pdf(with);
    QVERIFY(!pdf.ok());
    QVERIFY2(pdf.errorMessage().contains(QStringLiteral("outside itself")), qPrintable(pdf.errorMessage()));

    // The same picture embedded in the logo is fine.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    red.save(&buffer, "PNG");
    const QByteArray embedded = QByteArray(svg).replace(
        QFile::encodeName(local), QByteArray(QByteArray("data:image/png;base64,") + png.toBase64()));
    QVERIFY2(Logo::check(embedded).ok(), qPrintable(Logo::check(embedded).errorMessage()));
}

void TestLetterOutbox::suggestedLetter()
{
    CaseRecord c =
        draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20), {Right::Erasure, Right::Access});
    c.recomputeDeadlines(repo().calculator());
    QCOMPARE(LetterKinds::suggested(c), LetterKind::Acknowledgement);
    c.status = CaseStatus::InProgress;
    c.acknowledgedOn = QDate(2026, 11, 21);
    QCOMPARE(LetterKinds::suggested(c), LetterKind::AnswerErasure);
    c.suspensions << Suspension{SuspensionReason::Identity, QDate(2026, 11, 22), {}, {}};
    c.status = CaseStatus::AwaitingIdentity;
    QCOMPARE(LetterKinds::suggested(c), LetterKind::IdentityRequest);
    c.suspensions.clear();
    c.status = CaseStatus::InProgress;
    c.extension = Extension{QDate(2026, 11, 23), ExtensionReason::Complexity, QStringLiteral("x"), {}};
    QCOMPARE(LetterKinds::suggested(c), LetterKind::ExtensionNotice);
    c.extension->noticeSentOn = QDate(2026, 11, 23);
    c.rights[0].outcome = Outcome::Refused;
    c.rights[0].refusalGround = RefusalGround::ErasureException;
    QCOMPARE(LetterKinds::suggested(c), LetterKind::Refusal);
    c.rights[0].refusalGround = RefusalGround::UnableToIdentify;
    QCOMPARE(LetterKinds::suggested(c), LetterKind::UnableToIdentify);
    c.rights[0].outcome = Outcome::NoDataHeld;
    c.rights[1].outcome = Outcome::NoDataHeld;
    QCOMPARE(LetterKinds::suggested(c), LetterKind::NoData);
}

void TestLetterOutbox::acknowledgementRecorded()
{
    auto created = repo().create(draft(QStringLiteral("Élodie"), QStringLiteral("Dupré"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    const LetterInput in = input(*created, LetterKind::Acknowledgement);
    auto pdf = m_outbox->render(in);
    QVERIFY(pdf.ok());
    auto sent = m_outbox->recordAsSent(in, *pdf, m_clock->today());
    QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
    QCOMPARE(sent->record.acknowledgedOn, QDate(2026, 11, 26));
    QCOMPARE(sent->record.status, CaseStatus::InProgress);
    QCOMPARE(sent->attachment.kind, AttachmentKind::OutgoingLetter);
    QCOMPARE(sent->attachment.sha256, sha256Hex(*pdf));
    QCOMPARE(sent->attachment.displayName,
             QStringLiteral("%1 acknowledgement fr 2026-11-26.pdf").arg(created->reference));
    const StoredEvent last = lastEvent();
    QCOMPARE(last.action, QStringLiteral("letter.sent"));
    QCOMPARE(last.reference, created->reference);
    QCOMPARE(last.details.value(QStringLiteral("sha256")).toString(), sha256Hex(*pdf));
    QCOMPARE(m_store->content(sent->attachment.id, QStringLiteral("view")).value(), *pdf);
    const CaseRecord stored = repo().find(created->id).value();
    QCOMPARE(stored.acknowledgedOn, QDate(2026, 11, 26));

    // Only a generated PDF goes out.
    LetterInput again = input(stored, LetterKind::Acknowledgement);
    QVERIFY(!m_outbox->recordAsSent(again, QByteArray("hello"), m_clock->today()).ok());
    // A second acknowledgement is kept but changes nothing.
    auto second = m_outbox->recordAsSent(again, m_outbox->render(again).value(), m_clock->today());
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QCOMPARE(second->record.version, stored.version);
    QCOMPARE(attachmentCount(created->id), 2);
}

void TestLetterOutbox::identityRequestStopsTheClock()
{
    auto created = repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    const LetterInput in =
        input(*created, LetterKind::IdentityRequest, QStringLiteral("Une copie de pièce d'identité."));
    auto sent = m_outbox->recordAsSent(in, m_outbox->render(in).value(), m_clock->today());
    QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
    QVERIFY(sent->record.openSuspension());
    QCOMPARE(sent->record.openSuspension()->reason, SuspensionReason::Identity);
    QCOMPARE(sent->record.openSuspension()->askedOn, QDate(2026, 11, 26));
    QCOMPARE(sent->record.status, CaseStatus::AwaitingIdentity);
}

void TestLetterOutbox::extensionNoticeNeedsAnExtension()
{
    auto created = repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    const qint64 events = eventCount();
    // Never extended: the notice would announce reasons and a deadline that do not exist. Not drawn, not recorded.
    LetterInput in = input(*created, LetterKind::ExtensionNotice);
    const auto check = LetterKinds::check(LetterKind::ExtensionNotice, *created, in.date);
    QVERIFY(!check.ok());
    QVERIFY2(check.errorMessage().contains(QStringLiteral("was never extended")), qPrintable(check.errorMessage()));
    const auto drawn = m_outbox->render(in);
    QVERIFY(!drawn.ok());
    QCOMPARE(drawn.errorMessage(), check.errorMessage());
    auto refused = m_outbox->recordAsSent(in, Letters::pdf(input(*created, LetterKind::Acknowledgement)).value(),
                                          m_clock->today());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(), check.errorMessage());
    QCOMPARE(refused.error().field, QStringLiteral("kind"));
    QCOMPARE(eventCount(), events); // nothing stored: no letter, no event
    QCOMPARE(attachmentCount(created->id), 0);

    CaseRecord extended = *created;
    QVERIFY(m_workflow
                ->extend(extended, ExtensionReason::Complexity, QStringLiteral("Quatre systèmes."), QDate(2026, 11, 25),
                         m_clock->today())
                .ok());
    SAVE_CHECKED(extended, QStringLiteral("case.extend"));
    in = input(extended, LetterKind::ExtensionNotice);
    auto pdf = m_outbox->render(in);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    QVERIFY(pdfText(*pdf).contains(QStringLiteral("22 février 2027"))); // 20 Nov + 3 months, a Saturday → Monday
    QVERIFY(pdfText(*pdf).contains(QStringLiteral("Quatre systèmes.")));
    auto sent = m_outbox->recordAsSent(in, *pdf, m_clock->today());
    QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
    QCOMPARE(sent->record.extension->noticeSentOn, QDate(2026, 11, 26));
    QVERIFY(!sent->record.extensionNoticeDue());

    // The notice is sent once: a second one is refused, with the date of the first.
    const LetterInput again = input(sent->record, LetterKind::ExtensionNotice);
    const auto twice = m_outbox->render(again);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.errorMessage().contains(QStringLiteral("already recorded as sent on 2026-11-26")),
             qPrintable(twice.errorMessage()));
    QVERIFY(!m_outbox->recordAsSent(again, *pdf, m_clock->today()).ok());
    QCOMPARE(attachmentCount(created->id), 1);
}

void TestLetterOutbox::extensionNoticeWithinTheFirstMonth()
{
    // Received 20 Nov 2026, extended on 25 Nov: the initial deadline is Monday 21 Dec 2026. A notice dated after it
    // would announce an extension GDPR art. 12(3) no longer allows: refused, and nothing is recorded.
    auto created = repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    CaseRecord extended = *created;
    QVERIFY(m_workflow
                ->extend(extended, ExtensionReason::Complexity, QStringLiteral("Quatre systèmes."), QDate(2026, 11, 25),
                         m_clock->today())
                .ok());
    SAVE_CHECKED(extended, QStringLiteral("case.extend"));
    const CaseRecord stored = repo().find(created->id).value();
    LetterInput late = input(stored, LetterKind::ExtensionNotice);
    late.date = QDate(2026, 12, 22);
    const auto refused = m_outbox->render(late);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(),
             QStringLiteral("An extension notice must reach the person within one month of receipt (GDPR art. 12(3)): "
                            "dated 2026-12-22, this one comes after the initial deadline of 2026-12-21."));
    late.date = QDate(2026, 12, 21);
    QVERIFY(m_outbox->render(late).ok());
}

void TestLetterOutbox::answerSetsTheAnswerDate()
{
    auto created = repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    const LetterInput in = accessAnswer(*created);
    auto rendered = m_outbox->render(in);
    QVERIFY2(rendered.ok(), qPrintable(rendered.errorMessage()));
    auto sent = m_outbox->recordAsSent(in, *rendered, m_clock->today());
    QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
    QCOMPARE(sent->record.answeredOn, QDate(2026, 11, 26));
    QCOMPARE(sent->record.status, CaseStatus::Answered);
    QCOMPARE(sent->record.rights.at(0).outcome, Outcome::Granted);
}

void TestLetterOutbox::noDataLetterNeedsTheOutcome()
{
    // "No data held" is a finding the register records before a letter states it: while the right is pending, the
    // letter is neither drawn nor recorded, and the case is left as it was.
    auto created = repo().create(draft(QStringLiteral("Anne"), QStringLiteral("Petit"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    const LetterInput pending = input(*created, LetterKind::NoData, QStringLiteral("CRM, facturation"));
    const auto drawn = m_outbox->render(pending);
    QVERIFY(!drawn.ok());
    QVERIFY2(drawn.errorMessage().contains(QStringLiteral("(Access: Pending)")), qPrintable(drawn.errorMessage()));
    const qint64 events = eventCount();
    QVERIFY(!m_outbox->recordAsSent(pending, Letters::pdf(pending).value(), m_clock->today()).ok());
    QCOMPARE(eventCount(), events);
    QCOMPARE(repo().find(created->id)->rights.at(0).outcome, Outcome::Pending);

    // Once decided (Answer), the letter is drawn and kept with the case, which it leaves as it is.
    CaseRecord decided = *created;
    QVERIFY(m_workflow
                ->answer(decided, QDate(2026, 11, 26), {RightDecision{Right::Access, Outcome::NoDataHeld, {}, {}}},
                         m_clock->today())
                .ok());
    SAVE_CHECKED(decided, QStringLiteral("case.answer"));
    const CaseRecord stored = repo().find(created->id).value();
    const LetterInput noData = input(stored, LetterKind::NoData, QStringLiteral("CRM, facturation"));
    auto none = m_outbox->recordAsSent(noData, m_outbox->render(noData).value(), m_clock->today());
    QVERIFY2(none.ok(), qPrintable(none.errorMessage()));
    QCOMPARE(none->record.rights.at(0).outcome, Outcome::NoDataHeld);
    QCOMPARE(none->record.version, stored.version);
    QCOMPARE(attachmentCount(created->id), 1);
}

void TestLetterOutbox::answerWithUndecidedRightRefused()
{
    auto created = repo().create(
        draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20), {Right::Access, Right::Erasure}));
    QVERIFY(created.ok());
    const LetterInput in = accessAnswer(*created);
    const qint64 events = eventCount();
    auto refused = m_outbox->recordAsSent(in, m_outbox->render(in).value(), m_clock->today());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("pending")), qPrintable(refused.errorMessage()));
    QCOMPARE(eventCount(), events);
    QCOMPARE(attachmentCount(created->id), 0);
    QVERIFY(!repo().find(created->id)->answeredOn.isValid());
}

void TestLetterOutbox::staleCaseRefused()
{
    auto created = repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    CaseRecord changed = *created;
    changed.subject.email = QStringLiteral("jean@example.org");
    SAVE_CHECKED(changed, QStringLiteral("case.update"));
    const LetterInput stale = input(*created, LetterKind::Acknowledgement);
    auto refused = m_outbox->recordAsSent(stale, m_outbox->render(stale).value(), m_clock->today());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(attachmentCount(created->id), 0);
}

void TestLetterOutbox::batchAcknowledgesNewCases()
{
    buildQueueRegister(); // two new cases: Overdue and Track
    QList<std::pair<int, int>> calls;
    auto batch = m_outbox->prepareAcknowledgements(m_org, m_clock->today(), [&](int done, int total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
    QCOMPARE(batch->letters.size(), 2);
    QCOMPARE(batch->readyCount(), 2);
    QCOMPARE(calls.constLast(), (std::pair<int, int>{2, 2}));
    // Drawn, nothing recorded: the letters have not left yet.
    for (const PreparedLetter &letter : batch->letters) {
        QVERIFY(letter.pdf.startsWith("%PDF-"));
        QCOMPARE(attachmentCount(letter.input.record.id), 0);
        QVERIFY(!repo().find(letter.input.record.id)->acknowledgedOn.isValid());
    }
    // The one sent after its deadline says so.
    const auto overdue = std::find_if(batch->letters.cbegin(), batch->letters.cend(), [](const PreparedLetter &l) {
        return l.input.record.subject.lastName == QLatin1String("Overdue");
    });
    QVERIFY(overdue != batch->letters.cend());
    QVERIFY(!overdue->warnings.isEmpty());
    // Printed together: each letter from a new page, with its own numbers.
    auto together = m_outbox->renderTogether({batch->letters.at(0).input, batch->letters.at(1).input});
    QVERIFY2(together.ok(), qPrintable(together.errorMessage()));
    const QStringList pages = reporttest::pdfPages(*together);
    QVERIFY(pages.size() >= 2);
    QVERIFY(pages.constFirst().contains(batch->letters.at(0).input.record.reference + QStringLiteral(" — page 1 /")));
    QVERIFY(pages.constLast().contains(batch->letters.at(1).input.record.reference));
    // Recorded one by one once sent; the next batch has nothing left to do.
    for (const PreparedLetter &letter : batch->letters) {
        auto sent = m_outbox->recordAsSent(letter.input, letter.pdf, m_clock->today());
        QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
        QCOMPARE(sent->record.acknowledgedOn, QDate(2026, 11, 26));
        QCOMPARE(sent->record.status, CaseStatus::InProgress);
        QCOMPARE(attachmentCount(sent->record.id), 1);
    }
    auto again = m_outbox->prepareAcknowledgements(m_org, m_clock->today());
    QCOMPARE(again->letters.size(), 0);
}

void TestLetterOutbox::refusalStatesTheRecordedGround()
{
    // A refusal states the ground and reasons the register holds (GDPR art. 12(4)); the letter does not decide them.
    auto created = repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    const QString text = QStringLiteral("Votre numéro de client et votre adresse de livraison.");
    const auto undecided = m_outbox->render(input(*created, LetterKind::UnableToIdentify, text));
    QVERIFY(!undecided.ok());
    QVERIFY2(undecided.errorMessage().contains(QStringLiteral("Record the decision first")),
             qPrintable(undecided.errorMessage()));

    CaseRecord decided = *created;
    QVERIFY(m_workflow
                ->answer(decided, QDate(2026, 11, 26),
                         {RightDecision{Right::Access, Outcome::Refused, RefusalGround::UnableToIdentify,
                                        QStringLiteral("Aucun client à ce nom.")}},
                         m_clock->today())
                .ok());
    SAVE_CHECKED(decided, QStringLiteral("case.answer"));
    const LetterInput in = input(repo().find(created->id).value(), LetterKind::UnableToIdentify, text);
    auto pdf = m_outbox->render(in);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    const QString content = pdfText(*pdf);
    QVERIFY2(content.contains(QStringLiteral("identification impossible (article 11, paragraphe 2, du RGPD)")),
             qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("Aucun client à ce nom.")));
    QVERIFY(content.contains(QStringLiteral("Votre numéro de client")));
    auto sent = m_outbox->recordAsSent(in, *pdf, m_clock->today());
    QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
    QCOMPARE(sent->record.rights.at(0).outcome, Outcome::Refused);
    QCOMPARE(sent->record.rights.at(0).refusalGround, RefusalGround::UnableToIdentify);
}

void TestLetterOutbox::answerLetterMustMatchTheOutcome()
{
    CaseRecord c =
        draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20), {Right::Access, Right::Erasure});
    c.reference = QStringLiteral("DR-2026-0001");
    c.status = CaseStatus::InProgress;
    c.acknowledgedOn = QDate(2026, 11, 21);
    c.rights[0].outcome = Outcome::NoDataHeld;
    c.rights[1].outcome = Outcome::Granted;
    // Access found nothing, erasure granted: one reply covers both; "answer-access" is refused with the reason.
    QCOMPARE(LetterKinds::suggested(c), LetterKind::Reply);
    QVERIFY(LetterKinds::check(LetterKind::Reply, c, QDate(2026, 11, 26)).ok());
    auto access = LetterKinds::check(LetterKind::AnswerAccess, c, QDate(2026, 11, 26));
    QVERIFY(!access.ok());
    QVERIFY2(access.errorMessage().contains(QStringLiteral("no data held")), qPrintable(access.errorMessage()));
    QVERIFY(LetterKinds::check(LetterKind::AnswerErasure, c, QDate(2026, 11, 26)).ok());
    c.rights[0].outcome = Outcome::Refused;
    c.rights[0].refusalGround = RefusalGround::RightsOfOthers;
    c.rights[0].refusalReason = QStringLiteral("Données d'un tiers.");
    auto refused = LetterKinds::check(LetterKind::AnswerAccess, c, QDate(2026, 11, 26));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("kind"));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("write the reply covering every right, or the refusal "
                                                            "letter")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(LetterKinds::suggested(c), LetterKind::Reply);
    QVERIFY(LetterKinds::check(LetterKind::Refusal, c, QDate(2026, 11, 26)).ok());
}

void TestLetterOutbox::subjectLineFilledAndExtensionNoticeOnlyWhenOpen()
{
    CaseRecord c = draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20));
    c.reference = QStringLiteral("DR-2026-0007");
    auto html = Letters::html(input(c, LetterKind::Acknowledgement),
                              QStringLiteral("<!-- subject: Votre demande {{case.reference}} : reçue -->\n<p>x</p>"));
    QVERIFY2(html.ok(), qPrintable(html.errorMessage()));
    QVERIFY2(html->contains(QStringLiteral("Votre demande DR-2026-0007\u00a0: reçue")), qPrintable(*html));
    QVERIFY(!html->contains(QStringLiteral("{{")));

    c.status = CaseStatus::Answered;
    c.acknowledgedOn = QDate(2026, 11, 21);
    c.answeredOn = QDate(2026, 11, 25);
    c.extension = Extension{QDate(2026, 11, 22), ExtensionReason::Complexity, QStringLiteral("x"), {}};
    QVERIFY(LetterKinds::suggested(c) != LetterKind::ExtensionNotice);
}

QTEST_MAIN(TestLetterOutbox)
#include "tst_letteroutbox.moc"

void TestLetterOutbox::excessiveRequestStatesTheEarlierRequestsAndTheFee()
{
    // GDPR art. 12(5): the letter says which of "manifestly unfounded" and "excessive" the DPO chose, with the facts
    // the register holds (the person's earlier requests and their intervals), and the fee only when one is asked.
    for (const QDate received : {QDate(2026, 9, 2), QDate(2026, 10, 2)}) {
        QVERIFY(repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Martin"), received)).ok());
    }
    auto created = repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    CaseRecord decided = *created;
    QVERIFY(m_workflow
                ->answer(decided, QDate(2026, 11, 26),
                         {RightDecision{Right::Access, Outcome::Refused, RefusalGround::Excessive,
                                        QStringLiteral("Troisième demande identique en trois mois.")}},
                         m_clock->today())
                .ok());
    SAVE_CHECKED(decided, QStringLiteral("case.answer"));
    const QString facts = QStringLiteral("Aucune donnée nouvelle depuis notre réponse du 15 octobre.");
    LetterInput in = input(repo().find(created->id).value(), LetterKind::ManifestlyUnfounded, facts);
    auto pdf = m_outbox->render(in);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    QString content = pdfText(*pdf).simplified();
    QVERIFY2(content.contains(QStringLiteral("nous considérons votre demande comme excessive au sens de l'article 12")),
             qPrintable(content));
    QVERIFY2(!content.contains(QStringLiteral("comme manifestement infondée")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("demande excessive (article 12, paragraphe 5, du RGPD)")),
             qPrintable(content));
    // The facts: both earlier requests, oldest first, with the days between them and this one.
    const qsizetype first = content.indexOf(QStringLiteral("reçue le 2 septembre 2026"));
    const qsizetype second = content.indexOf(QStringLiteral("reçue le 2 octobre 2026, 30 jour(s) après la précédente"));
    const qsizetype current =
        content.indexOf(QStringLiteral("la présente demande, %1, reçue le 20 novembre 2026, 49 jour(s) après la "
                                       "précédente")
                            .arg(created->reference));
    QVERIFY2(first > 0 && second > first && current > second, qPrintable(content));
    QVERIFY(content.contains(facts));
    // No fee asked: no fee offered.
    QVERIFY2(!content.contains(QStringLiteral("Frais raisonnables")), qPrintable(content));
    QVERIFY2(!content.contains(QStringLiteral("frais raisonnables d'un montant")), qPrintable(content));

    in.fee = QStringLiteral("25 €");
    in.language = QStringLiteral("en");
    in.record.language = QStringLiteral("en"); // an English request: its reasons are in English
    pdf = m_outbox->render(in);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    content = pdfText(*pdf).simplified();
    QVERIFY2(content.contains(QStringLiteral("we consider your request to be excessive within the meaning")),
             qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("on payment of a reasonable fee of 25 €")), qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("30 day(s) after the previous one")));

    // Manifestly unfounded, chosen instead: the letter says that one only.
    CaseRecord unfounded = repo().find(created->id).value();
    unfounded.rights[0].refusalGround = RefusalGround::ManifestlyUnfounded;
    in.record = unfounded;
    in.language = QStringLiteral("fr");
    in.fee.clear();
    pdf = m_outbox->render(in);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    content = pdfText(*pdf).simplified();
    QVERIFY2(content.contains(QStringLiteral("nous considérons votre demande comme manifestement infondée au sens")),
             qPrintable(content));
    QVERIFY2(!content.contains(QStringLiteral("infondée ou excessive au sens")), qPrintable(content));
}

void TestLetterOutbox::legacyGroundStillReads()
{
    // A register written before the grounds were tied to the rights may hold "compelling grounds" for access: it
    // opens, the case can still be edited, and its letter is still produced as decided. A new decision is refused.
    auto created = repo().create(draft(QStringLiteral("Jean"), QStringLiteral("Martin"), QDate(2026, 11, 20)));
    QVERIFY(created.ok());
    CaseRecord old = *created;
    old.rights[0].outcome = Outcome::Refused;
    old.rights[0].refusalGround = RefusalGround::CompellingGrounds;
    old.rights[0].refusalReason = QStringLiteral("Motif ancien.");
    old.rights[0].decidedOn = QDate(2026, 11, 25);
    old.answeredOn = QDate(2026, 11, 25);
    old.status = CaseStatus::Answered;
    // The case as an older version stored it (the rule applies to changes, not to what the register holds).
    const CaseRecord stored = old;
    CaseRecord edited = stored;
    edited.notes.append(Note{{}, {}, QStringLiteral("Appel du demandeur.")});
    QVERIFY2(m_workflow->revalidate(edited, stored, m_clock->today()).ok(),
             qPrintable(m_workflow->revalidate(edited, stored, m_clock->today()).errorMessage()));
    auto pdf = m_outbox->render(input(stored, LetterKind::Refusal));
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    QVERIFY(pdfText(*pdf).contains(QStringLiteral("Motif ancien.")));
    CaseRecord again = stored;
    again.rights[0].refusalReason = QStringLiteral("Motif nouveau.");
    const auto refused = m_workflow->revalidate(again, stored, m_clock->today());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("is not a ground for refusing")),
             qPrintable(refused.errorMessage()));
}
