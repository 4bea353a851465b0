// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The access answer built from the record of processing activities (docs/rules.md#the-access-answer): every item of
// GDPR art. 15(1)(a)-(h) and 15(2) of each chosen activity we control, read back from the PDF in both languages;
// nothing of an activity not chosen nor of one we carry out as processor; refused in words with no activity to state;
// the template must keep {{processing.statement}}; the record's texts stay text.
#include "letters/letter.h"
#include "letters/processingstatement.h"
#include "reportparsers.h"

#include <QTest>

using namespace dpodesk;
using reporttest::pdfText;

namespace {

CaseRecord accessCase()
{
    CaseRecord c;
    c.reference = QStringLiteral("DR-2026-0042");
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = QStringLiteral("Dupré");
    c.subject.email = QStringLiteral("elodie.dupre@example.fr");
    c.receivedOn = QDate(2026, 3, 5);
    c.rights = {RightRequest{Right::Access, {}, Outcome::Granted, RefusalGround::None, {}, {}}};
    c.recomputeDeadlines(DeadlineCalculator());
    return c;
}

OrganisationProfile organisation()
{
    OrganisationProfile o;
    o.name = QStringLiteral("Courriels & Cie SAS");
    o.dpoName = QStringLiteral("Anne Lefèvre");
    o.dpoEmail = QStringLiteral("dpo@courriels.example");
    return o;
}

/// An activity whose every field holds a marker of its own ("Zkalpurpose"...), so that the PDF shows which items
/// of which activity it states. Markers are single words: a line break never splits them.
ProcessingActivity activity(const QString &key, ProcessingRole role, bool full)
{
    const auto m = [&](const char *what) { return QStringLiteral("Z%1%2").arg(key, QLatin1String(what)); };
    ProcessingActivity a;
    a.name = m("name");
    a.role = role;
    a.controller = role == ProcessingRole::Controller ? QString() : m("controller");
    a.purposes = {m("purposeone"), m("purposetwo")};
    a.legalBasis = {m("basis")};
    a.dataSubjects = {m("subjects")};
    a.dataCategories = {m("categoryone"), m("categorytwo")};
    a.recipients = {m("recipient"), m("processor")};
    a.retention = m("retention");
    a.systems = {m("system")};
    if (full) {
        a.transfers = {m("transfer") + QStringLiteral(" standard contractual clauses")};
        a.source = m("source");
        a.automatedDecision = m("logic");
    }
    return a;
}

/// The items the letter must state of an activity (art. 15(1)(a)-(h), 15(2)): all its markers but the data subjects
/// and systems, which the person is not owed.
QStringList stated(const ProcessingActivity &a)
{
    QStringList items{a.name};
    items << a.purposes << a.legalBasis << a.dataCategories << a.recipients << a.retention;
    if (!a.controller.isEmpty()) {
        items << a.controller;
    }
    if (!a.source.isEmpty()) {
        items << a.source;
    }
    if (!a.automatedDecision.isEmpty()) {
        items << a.automatedDecision;
    }
    items << a.transfers;
    return items;
}

QStringList allMarkers(const ProcessingActivity &a)
{
    QStringList markers = stated(a);
    markers << a.dataSubjects << a.systems;
    return markers;
}

LetterInput input(const QString &language, const QList<ProcessingActivity> &activities)
{
    return LetterInput{accessCase(), organisation(),     LetterKind::AnswerAccess,
                       language,     QDate(2026, 3, 27), QStringLiteral("Zcopy enclosed as a CSV file."),
                       activities};
}

} // namespace

class TestLettersAccess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statesTheChosenActivities_data();
    void statesTheChosenActivities();
    void recordTextStaysText();
    void refusedWithoutActivity();
    void refusedForProcessorOnly();
    void refusedForAnIncompleteActivity();
    void copyMustBeDescribed();
    void templateMustKeepTheStatement();
};

void TestLettersAccess::statesTheChosenActivities_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestLettersAccess::statesTheChosenActivities()
{
    QFETCH(QString, lang);
    const bool en = lang == QLatin1String("en");
    const ProcessingActivity ours = activity(QStringLiteral("a"), ProcessingRole::Controller, false);
    const ProcessingActivity joint = activity(QStringLiteral("b"), ProcessingRole::JointController, true);
    const ProcessingActivity forOthers = activity(QStringLiteral("p"), ProcessingRole::Processor, true);
    const ProcessingActivity notChosen = activity(QStringLiteral("u"), ProcessingRole::Controller, true);
    auto pdf = Letters::pdf(input(lang, {ours, joint, forOthers}));
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
    const QString text = pdfText(*pdf);
    for (const QString &item : stated(ours) + stated(joint)) {
        QVERIFY2(text.contains(item), qPrintable(item + QStringLiteral(" not in: ") + text));
    }
    // Neither an activity we carry out for another controller, nor one the DPO did not choose.
    for (const QString &marker : allMarkers(forOthers) + allMarkers(notChosen)) {
        QVERIFY2(!text.contains(marker), qPrintable(marker + QStringLiteral(" in: ") + text));
    }
    // What the record says when a field is empty, for the activity it concerns, and never a default.
    const QStringList recordSays =
        en ? QStringList{QStringLiteral("collected directly from the data subject"),
                         QStringLiteral("this activity involves no decision based solely on automated processing"),
                         QStringLiteral("these data are not transferred outside the European Union"),
                         QStringLiteral("joint controllers, Article 26 of the GDPR"),
                         QStringLiteral("C-154/21"),
                         QStringLiteral("Article 15(1) and (2)"),
                         QStringLiteral("Zcopy enclosed as a CSV file.")}
           : QStringList{QStringLiteral("collectées directement auprès de la personne concernée"),
                         QStringLiteral("cette activité ne donne lieu à aucune décision fondée exclusivement sur un "
                                        "traitement automatisé"),
                         QStringLiteral("ces données ne sont pas transférées hors de l'Union européenne"),
                         QStringLiteral("responsables conjoints, article 26 du RGPD"),
                         QStringLiteral("C-154/21"),
                         QStringLiteral("article 15, paragraphes 1 et 2"),
                         QStringLiteral("Zcopy enclosed as a CSV file.")};
    for (const QString &expected : recordSays) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }
    QCOMPARE(text.count(en ? QStringLiteral("involves no decision based solely")
                           : QStringLiteral("ne donne lieu à aucune décision")),
             1);
    // No document the application does not produce, no blanket statement.
    for (const QString &gone : {QStringLiteral("relevé joint"), QStringLiteral("enclosed statement"),
                                QStringLiteral("Sauf indication contraire"), QStringLiteral("Unless the enclosed")}) {
        QVERIFY2(!text.contains(gone, Qt::CaseInsensitive), qPrintable(gone));
    }
    if (!en) {
        // French typography: a non-breaking space before the colon of each item.
        const QString html =
            *Letters::html(input(lang, {ours}), *Letters::defaultTemplate(LetterKind::AnswerAccess, lang));
        QVERIFY(html.contains(QStringLiteral("Finalités\u00a0:")));
        QVERIFY(!html.contains(QStringLiteral("Finalités :")));
    }
}

void TestLettersAccess::recordTextStaysText()
{
    ProcessingActivity a = activity(QStringLiteral("a"), ProcessingRole::Controller, false);
    a.name = QStringLiteral("<b>Clients</b> & {{dpo.email}}");
    a.purposes = {QStringLiteral("<script>x</script>")};
    const QString statement = ProcessingStatement::html({a}, QStringLiteral("en"));
    QVERIFY(statement.contains(QStringLiteral("&lt;b&gt;Clients&lt;/b&gt; &amp; {{dpo.email}}")));
    QVERIFY(statement.contains(QStringLiteral("&lt;script&gt;x&lt;/script&gt;")));
    QVERIFY(!statement.contains(QStringLiteral("<script>")));
    auto html = Letters::html(input(QStringLiteral("en"), {a}),
                              *Letters::defaultTemplate(LetterKind::AnswerAccess, QStringLiteral("en")));
    QVERIFY2(html.ok(), qPrintable(html.errorMessage()));
    // The statement goes in as HTML (a list per activity); the placeholder in the record's text stays text.
    QVERIFY(html->contains(QStringLiteral("<ul")));
    QVERIFY(html->contains(QStringLiteral("&lt;b&gt;Clients&lt;/b&gt; &amp; {{dpo.email}}")));
    QVERIFY(!html->contains(QStringLiteral("<b>Clients</b>")));
}

void TestLettersAccess::refusedWithoutActivity()
{
    for (const QString &lang : Letters::languages()) {
        const auto refused = Letters::pdf(input(lang, {}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("activities"));
        QVERIFY2(refused.errorMessage().contains(
                     QStringLiteral("Choose the activities of the record of processing activities that concern the "
                                    "person first: the access answer states them.")),
                 qPrintable(refused.errorMessage()));
    }
    // Other letters need no activity.
    LetterInput acknowledgement = input(QStringLiteral("fr"), {});
    acknowledgement.kind = LetterKind::Acknowledgement;
    acknowledgement.record.rights[0].outcome = Outcome::Pending;
    QVERIFY(Letters::checkContent(acknowledgement).ok());
}

void TestLettersAccess::refusedForProcessorOnly()
{
    ProcessingActivity first = activity(QStringLiteral("p"), ProcessingRole::Processor, true);
    first.controller = QStringLiteral("Client Industrie SA");
    ProcessingActivity second = activity(QStringLiteral("q"), ProcessingRole::Processor, false);
    second.controller = QStringLiteral("Mairie de Lyon");
    const auto refused = Letters::checkContent(input(QStringLiteral("en"), {first, second}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("activities"));
    const QString message = refused.errorMessage();
    QVERIFY2(message.contains(QStringLiteral("as processor")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("must be forwarded to the controller")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Client Industrie SA, Mairie de Lyon")), qPrintable(message));
    QCOMPARE(ProcessingStatement::controllersToForwardTo({first, second, first}),
             QStringList({QStringLiteral("Client Industrie SA"), QStringLiteral("Mairie de Lyon")}));
    // One activity we control is enough: the processor's stays out of the letter.
    QVERIFY(Letters::checkContent(
                input(QStringLiteral("en"), {first, activity(QStringLiteral("a"), ProcessingRole::Controller, false)}))
                .ok());
}

void TestLettersAccess::refusedForAnIncompleteActivity()
{
    ProcessingActivity a = activity(QStringLiteral("a"), ProcessingRole::Controller, false);
    a.retention.clear();
    a.legalBasis.clear();
    const auto refused = Letters::checkContent(input(QStringLiteral("en"), {a}));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("\"Zaname\" lacks legal basis, retention period")),
             qPrintable(refused.errorMessage()));
}

void TestLettersAccess::copyMustBeDescribed()
{
    LetterInput in = input(QStringLiteral("fr"), {activity(QStringLiteral("a"), ProcessingRole::Controller, false)});
    in.freeText = QStringLiteral("  ");
    const auto refused = Letters::checkContent(in);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("text.free"));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("how the copy of the data is provided")),
             qPrintable(refused.errorMessage()));
}

void TestLettersAccess::templateMustKeepTheStatement()
{
    for (const QString &lang : Letters::languages()) {
        const QString shipped = *Letters::defaultTemplate(LetterKind::AnswerAccess, lang);
        QVERIFY(Letters::validateTemplate(LetterKind::AnswerAccess, shipped).ok());
        QString without = shipped;
        without.remove(QStringLiteral("{{processing.statement}}"));
        for (const auto &refused : {Letters::validateTemplate(LetterKind::AnswerAccess, without),
                                    Letters::validateTemplate(QStringLiteral("answer-access"), without)}) {
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().field, QStringLiteral("template"));
            QVERIFY2(refused.errorMessage().contains(QStringLiteral("keep {{processing.statement}} in the template")),
                     qPrintable(refused.errorMessage()));
        }
        // Writing the letter from such a template is refused the same way.
        QVERIFY(!Letters::pdf(input(lang, {activity(QStringLiteral("a"), ProcessingRole::Controller, false)}), without)
                     .ok());
        // Only the access answer needs it.
        QVERIFY(Letters::validateTemplate(LetterKind::AnswerErasure, without).ok());
    }
    QVERIFY(!Letters::validateTemplate(QStringLiteral("no-such-letter"), QStringLiteral("<p>x</p>")).ok());
}

QTEST_MAIN(TestLettersAccess)
#include "tst_letters_access.moc"
