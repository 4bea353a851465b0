// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Every letter in French and English: generated for a case, read back from the PDF, with the case's data and the
// mentions the law requires; placeholders checked before anything is generated. The table of letters: every kind has
// its row (name, label, effect, prompt) and both templates, names round-trip; and what each kind needs the case to
// hold (LetterKinds::check), in words.
#include "letters/letter.h"
#include "letters/letterkind.h"
#include "reportparsers.h"

#include <QBuffer>
#include <QDirIterator>
#include <QMap>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSet>
#include <QTest>

#include <functional>

using namespace dpodesk;
using reporttest::pdfText;

/// Changes the sample case into one situation.
using Tweak = std::function<void(CaseRecord &)>;
Q_DECLARE_METATYPE(Tweak)

namespace {

CaseRecord sampleCase(const QString &first, const QString &last)
{
    CaseRecord c;
    c.reference = QStringLiteral("DR-2026-0042");
    c.subject.firstName = first;
    c.subject.lastName = last;
    c.subject.email = QStringLiteral("elodie.dupre@example.fr");
    c.subject.postalAddress = QStringLiteral("12 rue de la République\n69002 Lyon");
    c.receivedOn = QDate(2026, 3, 5);
    c.rights = {RightRequest{Right::Access, {}, Outcome::Granted, RefusalGround::None, {}, {}},
                RightRequest{Right::Erasure,
                             {},
                             Outcome::Refused,
                             RefusalGround::ErasureException,
                             QStringLiteral("Invoices are kept ten years (Code de commerce L123-22)."),
                             {}}};
    c.extension = Extension{QDate(2026, 3, 20), ExtensionReason::Complexity,
                            QStringLiteral("Your data is spread over four systems."), QDate(2026, 3, 20)};
    c.recipients = {Recipient{QStringLiteral("Routage Express SAS"), QDate(2026, 3, 25),
                              QStringLiteral("12 quai de Seine\n75019 Paris")}};
    c.recomputeDeadlines(DeadlineCalculator());
    return c;
}

OrganisationProfile organisation()
{
    OrganisationProfile o;
    o.name = QStringLiteral("Courriels & Cie SAS");
    o.postalAddress = QStringLiteral("8 avenue Jean-Jaurès, 75019 Paris");
    o.dpoName = QStringLiteral("Anne Lefèvre");
    o.dpoEmail = QStringLiteral("dpo@courriels.example");
    o.dpoPhone = QStringLiteral("+33 1 23 45 67 89");
    return o;
}

/// The activity of the record the access answer states (docs/rules.md#the-access-answer); tst_letters_access checks
/// every item of it.
QList<ProcessingActivity> activities()
{
    ProcessingActivity a;
    a.name = QStringLiteral("Customer accounts");
    a.purposes = {QStringLiteral("Managing orders")};
    a.legalBasis = {QStringLiteral("Contract")};
    a.dataSubjects = {QStringLiteral("Customers")};
    a.dataCategories = {QStringLiteral("Identity"), QStringLiteral("Orders")};
    a.recipients = {QStringLiteral("Routage Express SAS")};
    a.retention = QStringLiteral("Three years after the last order");
    // The letters of a processor name its controller (art. 28(3)(e)); the answer on an automated decision states the
    // logic recorded (tst_letters_kinds checks them).
    ProcessingActivity newsletters;
    newsletters.name = QStringLiteral("Newsletters sent for a client");
    newsletters.role = ProcessingRole::Processor;
    newsletters.controller = QStringLiteral("Atelier Horizon SARL");
    ProcessingActivity scoring = a;
    scoring.name = QStringLiteral("Credit scoring");
    scoring.automatedDecision = QStringLiteral("Orders above 500 EUR are refused when the payment score is below 40.");
    return {a, newsletters, scoring};
}

/// Distinctive mandatory mentions per letter and language (docs/rules.md#letters).
QStringList mandatory(LetterKind kind, const QString &lang);

LetterKind kindNamed(const QString &name)
{
    const auto kind = LetterKinds::fromName(name);
    if (!kind) {
        qFatal("no letter named %s", qPrintable(name));
    }
    return *kind;
}

} // namespace

class TestLetters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyLetter_data();
    void everyLetter();
    void tableOfLetters();
    void shippedTemplatesAreKinds();
    void preconditions_data();
    void preconditions();
    void everyProblemSaid();
    void nonLatinName();
    void refusalWithoutARecordedRefusalIsRefused();
    void unknownPlaceholderReported();
    void organisationProfileRequired();
};

void TestLetters::everyLetter_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("lang");
    for (LetterKind k : LetterKinds::all()) {
        for (const QString &lang : Letters::languages()) {
            QTest::newRow(qPrintable(QString(LetterKinds::name(k) + u'.' + lang))) << LetterKinds::name(k) << lang;
        }
    }
}

void TestLetters::everyLetter()
{
    QFETCH(QString, name);
    QFETCH(QString, lang);
    const LetterKind kind = kindNamed(name);
    auto text = Letters::defaultTemplate(kind, lang);
    QVERIFY2(text.ok(), qPrintable(text.errorMessage()));
    QVERIFY2(Letters::validateTemplate(*text).ok(), qPrintable(Letters::validateTemplate(*text).errorMessage()));
    LetterInput input{sampleCase(QStringLiteral("Élodie"), QStringLiteral("Dupré")),
                      organisation(),
                      kind,
                      lang,
                      QDate(2026, 3, 27),
                      QStringLiteral("FREE-TEXT-MARKER"),
                      activities()};
    input.record.language = lang; // the reasons recorded are in the request's language
    // An answer letter is for a right granted: the sample's refused erasure is granted for "answer-erasure".
    if (const auto answered = LetterKinds::answeredRight(kind)) {
        for (RightRequest &r : input.record.rights) {
            if (r.right == *answered) {
                r.outcome = Outcome::Granted;
                r.refusalGround = RefusalGround::None;
                r.refusalReason.clear();
            }
        }
    }
    // The answer to an heir: an heir with the proofs recorded, no directives known (LIL art. 85 II).
    if (kind == LetterKind::PostMortemAnswer) {
        input.record.requester =
            Requester{Person{}, Capacity::Heir, QStringLiteral("acte de décès et acte de notoriété du 2 mars 2026")};
        input.record.requester->person.firstName = QStringLiteral("Paul");
        input.record.requester->person.lastName = QStringLiteral("Dupré");
        input.directives = QStringLiteral("none");
    }
    auto pdf = Letters::pdf(input);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    int pages = 0;
    const QString content = pdfText(*pdf, &pages);
    QVERIFY(pages >= 1);
    const bool en = lang == QLatin1String("en");
    // The common block: organisation, DPO contact, date, reference, received date, addressee, signature, footer.
    QStringList common{QStringLiteral("Courriels & Cie SAS"),
                       QStringLiteral("dpo@courriels.example"),
                       QStringLiteral("Anne Lefèvre"),
                       QStringLiteral("DR-2026-0042"),
                       en ? QStringLiteral("27 March 2026") : QStringLiteral("27 mars 2026"),
                       QStringLiteral("Élodie Dupré"),
                       QStringLiteral("page 1 / %1").arg(pages)};
    // The request's details, and the rights in the letter's language whatever the interface's; a recipient notified
    // under art. 19 learns what changed, not what the person asked or when (issue 14, item 2).
    const QStringList requestDetails{en ? QStringLiteral("5 March 2026") : QStringLiteral("5 mars 2026"),
                                     en ? QStringLiteral("right of access (GDPR Article 15)")
                                        : QStringLiteral("droit d'accès (article 15 du RGPD)")};
    if (kind == LetterKind::RecipientNotification) {
        for (const QString &detail : requestDetails) {
            QVERIFY2(!content.contains(detail), qPrintable(detail + QStringLiteral(" in: ") + content));
        }
    } else {
        common << requestDetails;
    }
    for (const QString &expected : common) {
        QVERIFY2(content.contains(expected), qPrintable(QString(expected + QStringLiteral(" not in: ") + content)));
    }
    for (const QString &expected : mandatory(kind, lang)) {
        QVERIFY2(content.contains(expected, Qt::CaseInsensitive),
                 qPrintable(QString(expected + QStringLiteral(" not in: ") + content)));
    }
}

void TestLetters::tableOfLetters()
{
    // The stable names: registers (audit trail, letters kept), templates and scripts use them.
    const QStringList expected{QStringLiteral("acknowledgement"),
                               QStringLiteral("identity-request"),
                               QStringLiteral("clarification-request"),
                               QStringLiteral("extension-notice"),
                               QStringLiteral("answer-access"),
                               QStringLiteral("answer-rectification"),
                               QStringLiteral("answer-erasure"),
                               QStringLiteral("answer-restriction"),
                               QStringLiteral("answer-portability"),
                               QStringLiteral("answer-objection"),
                               QStringLiteral("restriction-lifting-notice"),
                               QStringLiteral("refusal"),
                               QStringLiteral("manifestly-unfounded"),
                               QStringLiteral("unable-to-identify"),
                               QStringLiteral("no-data"),
                               QStringLiteral("recipient-notification"),
                               QStringLiteral("post-mortem-answer"),
                               QStringLiteral("processor-notice"),
                               QStringLiteral("forwarding-to-controller"),
                               QStringLiteral("capacity-request"),
                               QStringLiteral("fee-notice"),
                               QStringLiteral("consent-withdrawn"),
                               QStringLiteral("answer-automated-decision"),
                               QStringLiteral("cnil-reply"),
                               QStringLiteral("reply")};
    QStringList names;
    QSet<QString> labels;
    for (LetterKind k : LetterKinds::all()) {
        const LetterTraits &row = LetterKinds::traits(k);
        QCOMPARE(row.kind, k);
        const QString name = LetterKinds::name(k);
        names << name;
        QCOMPARE(LetterKinds::fromName(name), std::optional<LetterKind>(k));
        const QString label = LetterKinds::label(k);
        QVERIFY2(!label.isEmpty() && !labels.contains(label), qPrintable(name));
        labels.insert(label);
        QVERIFY2(!LetterKinds::textPrompt(k).isEmpty(), qPrintable(name));
        QVERIFY2(!LetterKinds::effectDescription(k).isEmpty(), qPrintable(name));
        for (const QString &lang : Letters::languages()) {
            const auto text = Letters::defaultTemplate(k, lang);
            QVERIFY2(text.ok(), qPrintable(name + u'.' + lang));
            QVERIFY2(Letters::validateTemplate(*text).ok(), qPrintable(name + u'.' + lang));
            QCOMPARE(Letters::defaultTemplate(name, lang).value(), *text);
        }
        // What answers the person sets the answer date; a refusal states a refusal recorded for a right.
        if (LetterKinds::isRefusal(k) || LetterKinds::answeredRight(k) || k == LetterKind::NoData) {
            QCOMPARE(LetterKinds::effect(k), LetterEffect::Answer);
        }
        if (LetterKinds::isRefusal(k)) {
            QVERIFY(row.conditions.testFlag(LetterRequirement::RefusedRight));
        }
    }
    QCOMPARE(names, expected);
    QVERIFY(!LetterKinds::fromName(QStringLiteral("no-such-letter")));
    QVERIFY(!LetterKinds::fromName(QStringLiteral("Acknowledgement")));
    QVERIFY(!LetterKinds::fromName(QString()));
    QVERIFY(!Letters::defaultTemplate(QStringLiteral("no-such-letter"), QStringLiteral("fr")).ok());
}

void TestLetters::shippedTemplatesAreKinds()
{
    // Every template shipped is a kind's, in a language letters are written in: one row plus its two templates.
    int count = 0;
    QDirIterator it(QStringLiteral(":/letters"));
    while (it.hasNext()) {
        const QString file = it.next().section(u'/', -1);
        const QStringList parts = file.split(u'.');
        QCOMPARE(parts.size(), 3);
        QVERIFY2(LetterKinds::fromName(parts.at(0)), qPrintable(file));
        QVERIFY2(Letters::languages().contains(parts.at(1)), qPrintable(file));
        QCOMPARE(parts.at(2), QStringLiteral("html"));
        ++count;
    }
    QCOMPARE(count, int(LetterKinds::all().size() * Letters::languages().size()));
}

namespace {

/// Received on Thursday 5 March 2026, access asked, nothing decided yet.
CaseRecord openCase()
{
    CaseRecord c;
    c.reference = QStringLiteral("DR-2026-0042");
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = QStringLiteral("Dupré");
    c.receivedOn = QDate(2026, 3, 5);
    c.status = CaseStatus::InProgress;
    c.acknowledgedOn = QDate(2026, 3, 6);
    c.rights = {RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    c.recomputeDeadlines(DeadlineCalculator());
    return c;
}

void extend(CaseRecord &c)
{
    c.extension = Extension{QDate(2026, 3, 20), ExtensionReason::Complexity, QStringLiteral("Four systems."), {}};
    c.recomputeDeadlines(DeadlineCalculator());
}

void decide(CaseRecord &c, Right right, Outcome outcome, RefusalGround ground = RefusalGround::None,
            const QString &reason = {})
{
    bool found = false;
    for (RightRequest &r : c.rights) {
        if (r.right == right) {
            r.outcome = outcome;
            r.refusalGround = ground;
            r.refusalReason = reason;
            found = true;
        }
    }
    if (!found) {
        c.rights.append(RightRequest{right, {}, outcome, ground, reason, {}});
    }
}

} // namespace

void TestLetters::preconditions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Tweak>("tweak");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("refusal"); // empty: the letter may be written

    const QDate day(2026, 3, 27);
    const auto none = Tweak([](CaseRecord &) {});
    QTest::newRow("acknowledgement") << QStringLiteral("acknowledgement") << none << QDate(2026, 3, 5) << QString();
    QTest::newRow("dated before the request was received")
        << QStringLiteral("acknowledgement") << none << QDate(2026, 3, 4)
        << QStringLiteral("The letter is dated 2026-03-04, before the request was received on 2026-03-05.");
    QTest::newRow("identity request") << QStringLiteral("identity-request") << none << day << QString();
    const auto answered = Tweak([](CaseRecord &c) {
        decide(c, Right::Access, Outcome::Granted);
        c.answeredOn = QDate(2026, 3, 25);
        c.status = CaseStatus::Answered;
    });
    QTest::newRow("identity request, answered")
        << QStringLiteral("identity-request") << answered << day
        << QStringLiteral("Case DR-2026-0042 was already answered or closed: this letter would announce an answer "
                          "still to come.");
    QTest::newRow("acknowledgement, closed") << QStringLiteral("acknowledgement") << Tweak([](CaseRecord &c) {
        c.status = CaseStatus::Withdrawn;
        c.closedOn = QDate(2026, 3, 10);
    }) << day << QStringLiteral("was already answered or closed");

    QTest::newRow("extension notice, never extended")
        << QStringLiteral("extension-notice") << none << day
        << QStringLiteral("Case DR-2026-0042 was never extended: an extension notice would announce reasons and a new "
                          "deadline that the register does not hold. Record the extension first.");
    QTest::newRow("extension notice, extended")
        << QStringLiteral("extension-notice") << Tweak(extend) << day << QString();
    QTest::newRow("extension notice, already recorded")
        << QStringLiteral("extension-notice") << Tweak([](CaseRecord &c) {
               extend(c);
               c.extension->noticeSentOn = QDate(2026, 3, 21);
           })
        << day
        << QStringLiteral("The extension notice of case DR-2026-0042 was already recorded as sent on 2026-03-21.");
    QTest::newRow("extension notice, after the first month")
        << QStringLiteral("extension-notice") << Tweak(extend) << QDate(2026, 4, 20)
        << QStringLiteral("An extension notice must reach the person within one month of receipt (GDPR art. 12(3)): "
                          "dated 2026-04-20, this one comes after the initial deadline of 2026-04-07.");
    QTest::newRow("extension notice, answered") << QStringLiteral("extension-notice") << Tweak([](CaseRecord &c) {
        extend(c);
        decide(c, Right::Access, Outcome::Granted);
        c.answeredOn = QDate(2026, 3, 25);
        c.status = CaseStatus::Answered;
    }) << day << QStringLiteral("Case DR-2026-0042 was already answered or closed");

    QTest::newRow("answer, right pending") << QStringLiteral("answer-access") << none << day << QString();
    QTest::newRow("answer, right granted")
        << QStringLiteral("answer-access") << Tweak([](CaseRecord &c) { decide(c, Right::Access, Outcome::Granted); })
        << day << QString();
    QTest::newRow("answer, right not asked")
        << QStringLiteral("answer-erasure") << none << day
        << QStringLiteral("Case DR-2026-0042 does not cover the right \"Erasure\": this letter answers a right the "
                          "person did not ask for.");
    QTest::newRow("answer, right refused")
        << QStringLiteral("answer-access") << Tweak([](CaseRecord &c) {
               decide(c, Right::Access, Outcome::PartiallyGranted, RefusalGround::RightsOfOthers,
                      QStringLiteral("A third."));
           })
        << day
        << QStringLiteral("The right \"Access\" was refused in whole or in part: write the reply covering every right, "
                          "or the refusal letter");
    QTest::newRow("answer, no data held")
        << QStringLiteral("answer-access")
        << Tweak([](CaseRecord &c) { decide(c, Right::Access, Outcome::NoDataHeld); }) << day
        << QStringLiteral("No data is held for the right \"Access\": write the reply covering every right, or the \"no "
                          "data held\" letter.");
    QTest::newRow("reply, a right pending")
        << QStringLiteral("reply") << Tweak([](CaseRecord &c) {
               c.rights = {RightRequest{Right::Access, {}, Outcome::Granted, RefusalGround::None, {}, {}},
                           RightRequest{Right::Erasure, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
               c.answeredOn = QDate();
           })
        << day
        << QStringLiteral("The reply states what was decided for each right, but \"Erasure\" is still pending in case "
                          "DR-2026-0042: decide every right with Answer… first (no right is granted by default).");

    QTest::newRow("no data, right pending")
        << QStringLiteral("no-data") << none << day
        << QStringLiteral("A \"no data held\" letter says that no data about the person is processed, but case "
                          "DR-2026-0042 does not record that outcome (Access: Pending). Record the outcome \"No data "
                          "held\" first.");
    QTest::newRow("no data, another right granted") << QStringLiteral("no-data") << Tweak([](CaseRecord &c) {
        decide(c, Right::Access, Outcome::NoDataHeld);
        decide(c, Right::Erasure, Outcome::Granted);
    }) << day << QStringLiteral("does not record that outcome (Erasure: Granted)");
    QTest::newRow("no data, recorded") << QStringLiteral("no-data")
                                       << Tweak([](CaseRecord &c) { decide(c, Right::Access, Outcome::NoDataHeld); })
                                       << day << QString();

    QTest::newRow("refusal, recorded") << QStringLiteral("refusal") << Tweak([](CaseRecord &c) {
        decide(c, Right::Access, Outcome::Refused, RefusalGround::RightsOfOthers, QStringLiteral("A third."));
    }) << day << QString();
    QTest::newRow("refusal, no reasons recorded") << QStringLiteral("refusal") << Tweak([](CaseRecord &c) {
        decide(c, Right::Access, Outcome::Refused, RefusalGround::RightsOfOthers);
    }) << day << QStringLiteral("records no right refused with its ground and reasons");
    QTest::newRow("unable to identify, recorded") << QStringLiteral("unable-to-identify") << Tweak([](CaseRecord &c) {
        decide(c, Right::Access, Outcome::Refused, RefusalGround::UnableToIdentify, QStringLiteral("Unknown."));
    }) << day << QString();
    QTest::newRow("unable to identify, right pending")
        << QStringLiteral("unable-to-identify") << none << day
        << QStringLiteral("This letter states the ground \"Unable to identify (art. 11(2))\", but case DR-2026-0042 "
                          "records no right refused on that ground with its reasons (GDPR art. 12(4)). Record the "
                          "decision first.");

    const auto requester = [](Capacity capacity) {
        return Tweak([capacity](CaseRecord &c) {
            c.rights = {RightRequest{Right::PostMortem, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
            c.requester = Requester{Person{}, capacity, QStringLiteral("Acte de notoriété")};
            c.requester->person.lastName = QStringLiteral("Dupré");
        });
    };
    QTest::newRow("post-mortem answer, heir")
        << QStringLiteral("post-mortem-answer") << requester(Capacity::Heir) << day << QString();
    QTest::newRow("post-mortem answer, designated person")
        << QStringLiteral("post-mortem-answer") << requester(Capacity::Executor) << day << QString();
    QTest::newRow("post-mortem answer, a representative")
        << QStringLiteral("post-mortem-answer") << requester(Capacity::Representative) << day
        << QStringLiteral("This letter is written to an heir or to the person the deceased designated (LIL art. 85), "
                          "but the requester of case DR-2026-0042 acts as \"Representative with a mandate\".");
    QTest::newRow("post-mortem answer, heir without proofs")
        << QStringLiteral("post-mortem-answer") << Tweak([requester](CaseRecord &c) {
               requester(Capacity::Heir)(c);
               c.requester->capacityProof.clear();
           })
        << day
        << QStringLiteral("The answer to an heir states the proofs of the death and of the requester's capacity that "
                          "were received, but case DR-2026-0042 records none. Record them with the requester first "
                          "(e.g. death certificate and acte de notoriété).");
    QTest::newRow("access answer, to an heir")
        << QStringLiteral("answer-access") << Tweak([requester](CaseRecord &c) {
               requester(Capacity::Heir)(c);
               c.rights = {RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
           })
        << day
        << QStringLiteral("The requester of case DR-2026-0042 acts as \"Heir\": an heir or the person the deceased "
                          "designated does not receive the person's own answer (GDPR art. 15 and 20) but the answer to "
                          "an heir, limited to what LIL art. 85 allows.");
    QTest::newRow("post-mortem answer, no requester")
        << QStringLiteral("post-mortem-answer") << none << day
        << QStringLiteral("This letter is written to an heir or to the person the deceased designated (LIL art. 85), "
                          "but case DR-2026-0042 records no one acting for the data subject. Record the requester and "
                          "their capacity first.");

    QTest::newRow("restriction lifted, none")
        << QStringLiteral("restriction-lifting-notice") << none << day
        << QStringLiteral("A restriction can be lifted only once it is in place (GDPR art. 18(3)), but case "
                          "DR-2026-0042 records no restriction of processing granted.");
    QTest::newRow("restriction lifted, restriction pending")
        << QStringLiteral("restriction-lifting-notice")
        << Tweak([](CaseRecord &c) { decide(c, Right::Restriction, Outcome::Pending); }) << day
        << QStringLiteral("records no restriction of processing granted");
    QTest::newRow("restriction lifted, restriction granted")
        << QStringLiteral("restriction-lifting-notice")
        << Tweak([](CaseRecord &c) { decide(c, Right::Restriction, Outcome::Granted); }) << day << QString();

    QTest::newRow("recipient notification, no recipient")
        << QStringLiteral("recipient-notification") << none << day
        << QStringLiteral("A notification under GDPR art. 19 is addressed to a recipient of the data, but case "
                          "DR-2026-0042 records none. Add the recipients first.");
    QTest::newRow("capacity request, no requester")
        << QStringLiteral("capacity-request") << none << day
        << QStringLiteral("A proof of capacity is asked of someone acting for the data subject, but case DR-2026-0042 "
                          "records no requester: the data subject writes in their own name. Record the requester and "
                          "their capacity first.");
    QTest::newRow("capacity request, a representative")
        << QStringLiteral("capacity-request") << requester(Capacity::Representative) << day << QString();
    QTest::newRow("capacity request, answered")
        << QStringLiteral("capacity-request") << Tweak([requester](CaseRecord &c) {
               requester(Capacity::Other)(c);
               c.answeredOn = QDate(2026, 3, 25);
               c.status = CaseStatus::Answered;
           })
        << day << QStringLiteral("was already answered or closed");
    QTest::newRow("fee notice") << QStringLiteral("fee-notice") << none << day << QString();
    QTest::newRow("fee notice, answered")
        << QStringLiteral("fee-notice") << answered << day << QStringLiteral("was already answered or closed");
    QTest::newRow("consent withdrawn, not asked")
        << QStringLiteral("consent-withdrawn") << none << day
        << QStringLiteral("Case DR-2026-0042 does not cover the right \"Withdrawal of consent\": this letter answers a "
                          "right the person did not ask for.");
    QTest::newRow("consent withdrawn, asked")
        << QStringLiteral("consent-withdrawn")
        << Tweak([](CaseRecord &c) { decide(c, Right::ConsentWithdrawal, Outcome::Pending); }) << day << QString();
    QTest::newRow("automated decision, not asked") << QStringLiteral("answer-automated-decision") << none << day
                                                   << QStringLiteral("does not cover the right \"Automated decision\"");
    QTest::newRow("automated decision, asked")
        << QStringLiteral("answer-automated-decision")
        << Tweak([](CaseRecord &c) { decide(c, Right::AutomatedDecision, Outcome::Pending); }) << day << QString();
    QTest::newRow("CNIL reply, no complaint")
        << QStringLiteral("cnil-reply") << none << day
        << QStringLiteral("case DR-2026-0042 records no CNIL complaint with its reference and due date");
    QTest::newRow("CNIL reply, no reference") << QStringLiteral("cnil-reply") << Tweak([](CaseRecord &c) {
        c.rights = {RightRequest{Right::CnilComplaint, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
        c.cnilDueDate = QDate(2026, 4, 15);
    }) << day << QStringLiteral("records no CNIL complaint with its reference and due date");
    QTest::newRow("CNIL reply, recorded") << QStringLiteral("cnil-reply") << Tweak([](CaseRecord &c) {
        c.rights = {RightRequest{Right::CnilComplaint, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
        c.cnilReference = QStringLiteral("PLT-26012345");
        c.cnilDueDate = QDate(2026, 4, 15);
    }) << day << QString();
    QTest::newRow("processor notice, open") << QStringLiteral("processor-notice") << none << day << QString();
    QTest::newRow("forwarding, answered") << QStringLiteral("forwarding-to-controller") << answered << day
                                          << QStringLiteral("was already answered or closed");
    QTest::newRow("recipient notification, a recipient without address")
        << QStringLiteral("recipient-notification") << Tweak([](CaseRecord &c) {
               c.recipients = {Recipient{QStringLiteral("Routage Express SAS"), {}}};
           })
        << day
        << QStringLiteral("A notification under GDPR art. 19 is written to the recipient at its address, but case "
                          "DR-2026-0042 records no address for it: add the recipient's postal or e-mail address "
                          "first.");
    QTest::newRow("recipient notification, a recipient with its address")
        << QStringLiteral("recipient-notification") << Tweak([](CaseRecord &c) {
               c.recipients = {
                   Recipient{QStringLiteral("Routage Express SAS"), {}, QStringLiteral("routage@example.fr")}};
           })
        << day << QString();
    QTest::newRow("acknowledgement, a CNIL complaint")
        << QStringLiteral("acknowledgement") << Tweak([](CaseRecord &c) {
               c.rights = {RightRequest{Right::CnilComplaint, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
               c.answeredOn = QDate();
               c.status = CaseStatus::New;
           })
        << day
        << QStringLiteral("Case DR-2026-0042 is a complaint the CNIL forwarded: it is answered to the CNIL by its due "
                          "date (the letter \"Reply to the CNIL\"), not acknowledged to the complainant with a "
                          "one-month deadline.");
}

void TestLetters::preconditions()
{
    QFETCH(QString, name);
    QFETCH(Tweak, tweak);
    QFETCH(QDate, date);
    QFETCH(QString, refusal);
    CaseRecord c = openCase();
    tweak(c);
    const auto checked = LetterKinds::check(kindNamed(name), c, date);
    if (refusal.isEmpty()) {
        QVERIFY2(checked.ok(), qPrintable(checked.errorMessage()));
        QVERIFY(LetterKinds::problems(kindNamed(name), c, date).isEmpty());
    } else {
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, Error::Code::Invalid);
        QCOMPARE(checked.error().field, QStringLiteral("kind"));
        QVERIFY2(checked.errorMessage().contains(refusal), qPrintable(checked.errorMessage()));
    }
}

void TestLetters::everyProblemSaid()
{
    // Never extended and too late for it: both are said, in one message of whole sentences.
    const CaseRecord c = openCase();
    const QStringList problems = LetterKinds::problems(LetterKind::ExtensionNotice, c, QDate(2026, 4, 20));
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).contains(QStringLiteral("never extended")));
    QVERIFY(problems.at(1).contains(QStringLiteral("after the initial deadline")));
    QCOMPARE(LetterKinds::check(LetterKind::ExtensionNotice, c, QDate(2026, 4, 20)).errorMessage(),
             problems.join(u' '));
}

void TestLetters::nonLatinName()
{
    LetterInput input{sampleCase(QStringLiteral("伟"), QStringLiteral("王")),
                      organisation(),
                      LetterKind::Acknowledgement,
                      QStringLiteral("en"),
                      QDate(2026, 3, 6),
                      {},
                      {}};
    auto pdf = Letters::pdf(input);
    QVERIFY(pdf.ok());
    int pages = 0;
    const QString content = pdfText(*pdf, &pages);
    QVERIFY2(content.contains(QStringLiteral("伟 王")), qPrintable(content));
}

void TestLetters::refusalWithoutARecordedRefusalIsRefused()
{
    CaseRecord c = sampleCase(QStringLiteral("Jean"), QStringLiteral("Martin"));
    for (RightRequest &r : c.rights) {
        r.outcome = Outcome::Granted;
        r.refusalGround = RefusalGround::None;
        r.refusalReason.clear();
    }
    // GDPR art. 12(4): the letter states the ground and reasons recorded; its own text cannot stand in for them.
    for (LetterKind kind : {LetterKind::Refusal, LetterKind::ManifestlyUnfounded, LetterKind::UnableToIdentify}) {
        const auto refused = LetterKinds::check(kind, c, QDate(2026, 3, 27));
        QVERIFY2(!refused.ok(), qPrintable(LetterKinds::name(kind)));
        QCOMPARE(refused.error().field, QStringLiteral("kind"));
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("Record the decision first")),
                 qPrintable(refused.errorMessage()));
    }
    // A refusal on another ground is not an "unable to identify" letter.
    c.rights[1].outcome = Outcome::Refused;
    c.rights[1].refusalGround = RefusalGround::ErasureException;
    c.rights[1].refusalReason = QStringLiteral("Invoices are kept ten years.");
    QVERIFY(LetterKinds::check(LetterKind::Refusal, c, QDate(2026, 3, 27)).ok());
    const auto other = LetterKinds::check(LetterKind::UnableToIdentify, c, QDate(2026, 3, 27));
    QVERIFY(!other.ok());
    QVERIFY2(other.errorMessage().contains(QStringLiteral("\"Unable to identify (art. 11(2))\"")),
             qPrintable(other.errorMessage()));
    c.rights[1].refusalGround = RefusalGround::Excessive;
    QVERIFY(LetterKinds::check(LetterKind::ManifestlyUnfounded, c, QDate(2026, 3, 27)).ok());
}

void TestLetters::unknownPlaceholderReported()
{
    const auto result =
        Letters::validateTemplate(QStringLiteral("<p>Dear {{recipient.name}}, {{case.refrence}} {{x}}</p>"));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(QStringLiteral("{{case.refrence}}")), qPrintable(result.errorMessage()));
    QVERIFY(result.errorMessage().contains(QStringLiteral("{{x}}")));
    LetterInput input{sampleCase(QStringLiteral("Jean"), QStringLiteral("Martin")),
                      organisation(),
                      LetterKind::Acknowledgement,
                      QStringLiteral("en"),
                      QDate(2026, 3, 6),
                      {},
                      {}};
    QVERIFY(!Letters::pdf(input, QStringLiteral("<p>{{case.refrence}}</p>")).ok());
    // A value is text, never markup or a placeholder.
    input.record.subject.lastName = QStringLiteral("<b>{{dpo.email}}</b>");
    auto html = Letters::html(input, QStringLiteral("<p>{{subject.name}}</p>"));
    QVERIFY(html.ok());
    QVERIFY(html->contains(QStringLiteral("&lt;b&gt;{{dpo.email}}&lt;/b&gt;")));
}

void TestLetters::organisationProfileRequired()
{
    OrganisationProfile empty;
    LetterInput input{sampleCase(QStringLiteral("Jean"), QStringLiteral("Martin")),
                      empty,
                      LetterKind::Acknowledgement,
                      QStringLiteral("fr"),
                      QDate(2026, 3, 6),
                      {},
                      {}};
    auto pdf = Letters::pdf(input);
    QVERIFY(!pdf.ok());
    QCOMPARE(pdf.error().field, QStringLiteral("organisation"));
}

namespace {

QStringList mandatory(LetterKind kind, const QString &lang)
{
    const bool en = lang == QLatin1String("en");
    // Every letter that refuses carries the complaint and the judicial remedy (GDPR art. 12(4)).
    const QStringList refusalMentions{QStringLiteral("3 place de Fontenoy"), QStringLiteral("TSA 80715"),
                                      QStringLiteral("75334 Paris Cedex 07"), QStringLiteral("www.cnil.fr"),
                                      en ? QStringLiteral("judicial remedy")
                                         : QStringLiteral("recours juridictionnel")};
    QStringList phrases;
    if (LetterKinds::isRefusal(kind)) {
        phrases << refusalMentions;
        // The sample refused erasure on an erasure ground: the letters of their own ground (unable to identify,
        // manifestly unfounded) state only the rights refused on theirs, the refusal states it.
        if (kind == LetterKind::Refusal) {
            phrases << QStringLiteral("Invoices are kept ten years");
        }
    }
    if (kind == LetterKind::Acknowledgement) {
        // The deadline in force: extended, 5 Mar + 3 months = Friday 5 June 2026.
        phrases << (en ? QStringLiteral("5 June 2026") : QStringLiteral("5 juin 2026"));
    }
    if (kind == LetterKind::ExtensionNotice) {
        phrases << QStringLiteral("Your data is spread over four systems.")
                << (en ? QStringLiteral("5 June 2026") : QStringLiteral("5 juin 2026"));
    }
    if (kind == LetterKind::AnswerRectification || kind == LetterKind::AnswerErasure ||
        kind == LetterKind::AnswerRestriction) {
        phrases << QStringLiteral("Routage Express SAS");
    }
    // One or two distinctive sentences of each template (resources/letters), as the person reads them.
    static const QMap<LetterKind, QStringList> french{
        {LetterKind::Acknowledgement, {QStringLiteral("nous vous répondrons au plus tard le 5 juin 2026")}},
        {LetterKind::IdentityRequest,
         {QStringLiteral("est suspendu jusqu'à la réception de ces informations"),
          QStringLiteral("vous pouvez masquer les informations qui ne sont pas nécessaires pour vous identifier"),
          QStringLiteral("sera supprimée dès que la vérification aura été faite")}},
        {LetterKind::ClarificationRequest, {QStringLiteral("ne suspend pas le délai de réponse")}},
        {LetterKind::ExtensionNotice, {QStringLiteral("est prolongé de deux mois")}},
        {LetterKind::AnswerAccess,
         {QStringLiteral("traite des données personnelles vous concernant"), QStringLiteral("C-154/21"),
          QStringLiteral("Three years after the last order")}},
        {LetterKind::AnswerRectification, {QStringLiteral("nous avons notifié cette rectification")}},
        {LetterKind::AnswerErasure, {QStringLiteral("nous avons notifié cet effacement")}},
        {LetterKind::AnswerRestriction, {QStringLiteral("avant que cette limitation ne soit levée")}},
        {LetterKind::AnswerPortability, {QStringLiteral("lisible par machine, tel que CSV, JSON ou XML")}},
        {LetterKind::AnswerObjection, {QStringLiteral("motifs légitimes et impérieux")}},
        {LetterKind::RestrictionLiftingNotice, {QStringLiteral("que cette limitation sera levée")}},
        {LetterKind::ManifestlyUnfounded,
         {QStringLiteral("frais raisonnables"), QStringLiteral("nous refusons d'y donner suite")}},
        {LetterKind::UnableToIdentify, {QStringLiteral("nous ne sommes pas en mesure d'identifier")}},
        {LetterKind::NoData, {QStringLiteral("ne traite aucune donnée personnelle vous concernant")}},
        {LetterKind::RecipientNotification,
         {QStringLiteral("de nous confirmer par écrit"),
          QStringLiteral("Routage Express SAS 12 quai de Seine 75019 Paris")}},
        {LetterKind::Reply,
         {QStringLiteral("Droit d'accès (article 15 du RGPD) — accordé"),
          QStringLiteral("Droit à l'effacement (article 17 du RGPD) — refusé"),
          QStringLiteral("Invoices are kept ten years (Code de commerce L123-22)."),
          QStringLiteral("Three years after the last order"), QStringLiteral("recours juridictionnel"),
          QStringLiteral("Pour les points que cette réponse n'a pas traités")}},
        {LetterKind::PostMortemAnswer,
         {QStringLiteral("Notre réponse est donc limitée à ces finalités"), QStringLiteral("refus partiel"),
          QStringLiteral("d'ayant droit (héritier ou héritière)"),
          QStringLiteral("acte de décès et acte de notoriété du 2 mars 2026"), QStringLiteral("gratuitement"),
          QStringLiteral("tribunal judiciaire compétent"), QStringLiteral("saisir le tribunal judiciaire compétent")}},
    };
    static const QMap<LetterKind, QStringList> english{
        {LetterKind::Acknowledgement, {QStringLiteral("we will reply no later than 5 June 2026")}},
        {LetterKind::IdentityRequest,
         {QStringLiteral("is suspended until we receive this information"),
          QStringLiteral("you may mask the information that is not needed to identify you"),
          QStringLiteral("will be deleted as soon as the verification has been carried out")}},
        {LetterKind::ClarificationRequest, {QStringLiteral("does not suspend the time limit")}},
        {LetterKind::ExtensionNotice, {QStringLiteral("is extended by two months")}},
        {LetterKind::AnswerAccess,
         {QStringLiteral("processes personal data concerning"), QStringLiteral("C-154/21"),
          QStringLiteral("Three years after the last order")}},
        {LetterKind::AnswerRectification,
         {QStringLiteral("we have informed the recipients to whom the data had been disclosed of this rectification")}},
        {LetterKind::AnswerErasure,
         {QStringLiteral("we have informed the recipients to whom the data had been disclosed of this erasure")}},
        {LetterKind::AnswerRestriction, {QStringLiteral("before the restriction is lifted")}},
        {LetterKind::AnswerPortability, {QStringLiteral("machine-readable format, such as CSV, JSON or XML")}},
        {LetterKind::AnswerObjection, {QStringLiteral("compelling legitimate grounds")}},
        {LetterKind::RestrictionLiftingNotice, {QStringLiteral("this restriction will be lifted")}},
        {LetterKind::ManifestlyUnfounded, {QStringLiteral("reasonable fee"), QStringLiteral("we refuse to act on it")}},
        {LetterKind::UnableToIdentify, {QStringLiteral("we are not in a position to identify")}},
        {LetterKind::NoData, {QStringLiteral("does not process any personal data concerning")}},
        {LetterKind::RecipientNotification,
         {QStringLiteral("confirm to us in writing"),
          QStringLiteral("Routage Express SAS 12 quai de Seine 75019 Paris")}},
        {LetterKind::Reply,
         {QStringLiteral("Right of access (GDPR Article 15) — granted"),
          QStringLiteral("Right to erasure (GDPR Article 17) — refused"),
          QStringLiteral("Invoices are kept ten years (Code de commerce L123-22)."),
          QStringLiteral("Three years after the last order"), QStringLiteral("judicial remedy"),
          QStringLiteral("As regards anything not covered by this answer")}},
        {LetterKind::PostMortemAnswer,
         {QStringLiteral("Our answer is therefore limited to these purposes"), QStringLiteral("partial refusal"),
          QStringLiteral("You are acting as: heir"),
          QStringLiteral("acte de décès et acte de notoriété du 2 mars 2026"), QStringLiteral("free of charge"),
          QStringLiteral("bring the matter before the competent tribunal judiciaire")}},
    };
    phrases << (en ? english : french).value(kind);
    phrases << (en ? QStringLiteral("please contact our Data Protection Officer")
                   : QStringLiteral("vous pouvez contacter notre délégué à la protection des données"));
    return phrases;
}

} // namespace

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
