// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The validation rules of a case, each refusal naming its field, and the search keys.
#include "domain/caserecord.h"
#include "domain/casevalidator.h"
#include "domain/caseworkflow.h"
#include "domain/searchkey.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace dpodesk;

namespace {

const QDate kToday(2026, 11, 26);

CaseRecord validCase()
{
    CaseRecord c;
    c.receivedOn = QDate(2026, 11, 2);
    c.subject.firstName = QStringLiteral("Élodie");
    c.subject.lastName = QStringLiteral("Dupré");
    c.subject.email = QStringLiteral("elodie@example.fr");
    c.rights = {RightRequest{Right::Access, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
    c.recomputeDeadlines(DeadlineCalculator());
    return c;
}

} // namespace

class TestCaseValidator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validCaseHasNoProblem();
    void refusals_data();
    void refusals();
    void everyProblemIsReported();
    void emails_data();
    void emails();
    void phones_data();
    void phones();
    void phoneProblemsNameTheirField();
    void lengthLimits();
    void storedOverlongTextStaysSavable();
    void datesFromTheGdpr_data();
    void datesFromTheGdpr();
    void linkedCaseReferenceFormat_data();
    void linkedCaseReferenceFormat();
    void foldForSearch_data();
    void foldForSearch();
    void phoneKey_data();
    void phoneKey();
    void prefixBound();
};

void TestCaseValidator::validCaseHasNoProblem()
{
    QVERIFY(CaseValidator::problems(validCase(), kToday).isEmpty());
}

void TestCaseValidator::refusals_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    QTest::newRow("received in the future") << 0 << QStringLiteral("receivedOn") << QStringLiteral("future");
    QTest::newRow("no received date") << 1 << QStringLiteral("receivedOn") << QStringLiteral("missing");
    QTest::newRow("no right") << 2 << QStringLiteral("rights") << QStringLiteral("at least one right");
    QTest::newRow("same right twice") << 3 << QStringLiteral("rights") << QStringLiteral("twice");
    QTest::newRow("malformed e-mail") << 4 << QStringLiteral("subject.email") << QStringLiteral("not a valid e-mail");
    QTest::newRow("nobody named") << 5 << QStringLiteral("subject.lastName") << QStringLiteral("name or e-mail");
    QTest::newRow("suspension answered before asked")
        << 6 << QStringLiteral("suspensions") << QStringLiteral("cannot come before");
    QTest::newRow("suspension before receipt")
        << 7 << QStringLiteral("suspensions") << QStringLiteral("before the request");
    QTest::newRow("two open suspensions") << 8 << QStringLiteral("suspensions") << QStringLiteral("one suspension");
    QTest::newRow("extension after the initial deadline")
        << 9 << QStringLiteral("extension") << QStringLiteral("after the initial deadline");
    QTest::newRow("extension without justification")
        << 10 << QStringLiteral("extension") << QStringLiteral("justification");
    QTest::newRow("refusal without grounds")
        << 11 << QStringLiteral("rights.refusal") << QStringLiteral("legal ground");
    QTest::newRow("partial refusal without reasons")
        << 12 << QStringLiteral("rights.refusal") << QStringLiteral("legal ground");
    QTest::newRow("answer before receipt")
        << 13 << QStringLiteral("answeredOn") << QStringLiteral("before the request");
    QTest::newRow("closed before answered")
        << 14 << QStringLiteral("closedOn") << QStringLiteral("before it was answered");
    QTest::newRow("CNIL complaint without due date") << 15 << QStringLiteral("cnilDueDate") << QStringLiteral("CNIL");
    QTest::newRow("requester without a name") << 16 << QStringLiteral("requester.lastName") << QStringLiteral("acting");
    QTest::newRow("answered status without date") << 17 << QStringLiteral("answeredOn") << QStringLiteral("date");
    QTest::newRow("recipient without a name") << 18 << QStringLiteral("recipients") << QStringLiteral("name");
    QTest::newRow("notice before the extension") << 19 << QStringLiteral("extension") << QStringLiteral("notice");
}

void TestCaseValidator::refusals()
{
    QFETCH(int, mutation);
    QFETCH(QString, field);
    QFETCH(QString, words);
    CaseRecord c = validCase();
    const Extension extension{QDate(2026, 11, 20), ExtensionReason::Complexity, QStringLiteral("Four systems"), {}};
    switch (mutation) {
    case 0:
        c.receivedOn = kToday.addDays(1);
        break;
    case 1:
        c.receivedOn = QDate();
        break;
    case 2:
        c.rights.clear();
        break;
    case 3:
        c.rights.append(c.rights.first());
        break;
    case 4:
        c.subject.email = QStringLiteral("elodie.example.fr");
        break;
    case 5:
        c.subject = Person{};
        break;
    case 6:
        c.suspensions = {Suspension{SuspensionReason::Identity, QDate(2026, 11, 10), QDate(2026, 11, 5), {}}};
        break;
    case 7:
        c.suspensions = {Suspension{SuspensionReason::Identity, QDate(2026, 10, 30), QDate(2026, 11, 5), {}}};
        break;
    case 8:
        c.suspensions = {Suspension{SuspensionReason::Identity, QDate(2026, 11, 3), {}, {}},
                         Suspension{SuspensionReason::Clarification, QDate(2026, 11, 4), {}, {}}};
        break;
    case 9:
        c.receivedOn = QDate(2026, 9, 1);
        c.recomputeDeadlines(DeadlineCalculator());
        c.extension = Extension{QDate(2026, 10, 5), ExtensionReason::Complexity, QStringLiteral("Late"), {}};
        break;
    case 10:
        c.extension = extension;
        c.extension->justification = QStringLiteral("   ");
        break;
    case 11:
        c.rights.first().outcome = Outcome::Refused;
        break;
    case 12:
        c.rights.first().outcome = Outcome::PartiallyGranted;
        c.rights.first().refusalGround = RefusalGround::RightsOfOthers;
        break;
    case 13:
        c.answeredOn = QDate(2026, 11, 1);
        break;
    case 14:
        c.answeredOn = QDate(2026, 11, 20);
        c.closedOn = QDate(2026, 11, 19);
        break;
    case 15:
        c.rights = {RightRequest{Right::CnilComplaint, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
        break;
    case 16:
        c.requester = Requester{Person{}, Capacity::Heir, {}};
        break;
    case 17:
        c.status = CaseStatus::Answered;
        break;
    case 18:
        c.recipients = {Recipient{QStringLiteral(" "), {}}};
        break;
    case 19:
        c.extension = extension;
        c.extension->noticeSentOn = QDate(2026, 11, 10);
        break;
    }
    const QList<Error> problems = CaseValidator::problems(c, kToday);
    QVERIFY2(!problems.isEmpty(), "the case should have been refused");
    const auto match =
        std::find_if(problems.cbegin(), problems.cend(), [&](const Error &e) { return e.field == field; });
    QVERIFY2(match != problems.cend(), qPrintable(QStringLiteral("no problem on field %1").arg(field)));
    QVERIFY2(match->message.contains(words, Qt::CaseInsensitive), qPrintable(match->message));
    QCOMPARE(match->code, Error::Code::Invalid);
    QVERIFY(!CaseValidator::validate(c, kToday).ok());
}

void TestCaseValidator::everyProblemIsReported()
{
    CaseRecord c = validCase();
    c.receivedOn = kToday.addDays(3);
    c.rights.clear();
    c.subject.email = QStringLiteral("@nope");
    QCOMPARE(CaseValidator::problems(c, kToday).size(), 3);
}

void TestCaseValidator::emails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("plain") << QStringLiteral("jean.dupont@example.fr") << true;
    QTest::newRow("plus and subdomain") << QStringLiteral("a+b@mail.example.co.uk") << true;
    QTest::newRow("accented local part") << QStringLiteral("élodie@example.fr") << true;
    QTest::newRow("no at") << QStringLiteral("jean.example.fr") << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@example.fr") << false;
    QTest::newRow("no dot in domain") << QStringLiteral("jean@localhost") << false;
    QTest::newRow("space") << QStringLiteral("jean dupont@example.fr") << false;
    QTest::newRow("empty domain label") << QStringLiteral("jean@example..fr") << false;
    QTest::newRow("apostrophe") << QStringLiteral("o'connor@example.ie") << true;
    QTest::newRow("hyphen in the domain") << QStringLiteral("jean@mon-exemple.fr") << true;
    QTest::newRow("IDN domain") << QStringLiteral("jean@bücher.de") << true;
    QTest::newRow("Cyrillic domain") << QStringLiteral("info@пример.рф") << true;
    QTest::newRow("local part of 64") << QString(QString(64, u'a') + QStringLiteral("@example.fr")) << true;
    QTest::newRow("local part of 65") << QString(QString(65, u'a') + QStringLiteral("@example.fr")) << false;
    QTest::newRow("254 in all") << QString(QString(64, u'a') + u'@' + QString(63, u'b') + u'.' + QString(63, u'c') +
                                           u'.' + QString(58, u'd') + QStringLiteral(".fr"))
                                << true;
    QTest::newRow("255 in all") << QString(QString(64, u'a') + u'@' + QString(63, u'b') + u'.' + QString(63, u'c') +
                                           u'.' + QString(59, u'd') + QStringLiteral(".fr"))
                                << false;
    QTest::newRow("domain label of 64") << QString(QStringLiteral("jean@") + QString(64, u'b') + QStringLiteral(".fr"))
                                        << false;
    QTest::newRow("leading dot") << QStringLiteral(".jean@example.fr") << false;
    QTest::newRow("trailing dot in the local part") << QStringLiteral("jean.@example.fr") << false;
    QTest::newRow("consecutive dots in the local part") << QStringLiteral("jean..dupont@example.fr") << false;
    QTest::newRow("leading dot in the domain") << QStringLiteral("jean@.example.fr") << false;
    QTest::newRow("trailing dot in the domain") << QStringLiteral("jean@example.fr.") << false;
    QTest::newRow("underscore in the domain") << QStringLiteral("jean@exa_mple.fr") << false;
    QTest::newRow("label starting with a hyphen") << QStringLiteral("jean@-example.fr") << false;
    QTest::newRow("label ending with a hyphen") << QStringLiteral("jean@example-.fr") << false;
    QTest::newRow("numeric top-level domain") << QStringLiteral("jean@192.168.0.1") << false;
    QTest::newRow("escape character") << QString(QStringLiteral("jean") + QChar(0x1b) + QStringLiteral("@example.fr"))
                                      << false;
    QTest::newRow("bell") << QString(QStringLiteral("jean") + QChar(0x07) + QStringLiteral("@example.fr")) << false;
    QTest::newRow("tab") << QStringLiteral("jean\t@example.fr") << false;
    QTest::newRow("no-break space") << QStringLiteral("jean\u00A0dupont@example.fr") << false;
    QTest::newRow("right-to-left override in the domain") << QStringLiteral("jean@exa\u202Emple.fr") << false;
    QTest::newRow("zero width space") << QStringLiteral("je\u200Ban@example.fr") << false;
    QTest::newRow("angle brackets") << QStringLiteral("<jean@example.fr>") << false;
    QTest::newRow("comma") << QStringLiteral("jean,dupont@example.fr") << false;
    QTest::newRow("quoted local part") << QStringLiteral("\"jean\"@example.fr") << false;
}

void TestCaseValidator::emails()
{
    QFETCH(QString, email);
    QFETCH(bool, plausible);
    QCOMPARE(CaseValidator::isPlausibleEmail(email), plausible);
}

void TestCaseValidator::phones_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("international French") << QStringLiteral("+33 6 12 34 56 78") << true;
    QTest::newRow("dots") << QStringLiteral("06.12.34.56.78") << true;
    QTest::newRow("brackets and hyphens") << QStringLiteral("(01) 23-45-67-89") << true;
    QTest::newRow("slash") << QStringLiteral("+49 30/1234567") << true;
    QTest::newRow("trunk prefix in brackets") << QStringLiteral("+33 (0)6 12 34 56 78") << true;
    QTest::newRow("six digits") << QStringLiteral("123456") << true;
    QTest::newRow("twenty digits") << QString(20, u'1') << true;
    QTest::newRow("five digits") << QStringLiteral("12 345") << false;
    QTest::newRow("twenty-one digits") << QString(21, u'1') << false;
    QTest::newRow("letters") << QStringLiteral("+33 6 12 34 56 78 ext 5") << false;
    QTest::newRow("plus not at the start") << QStringLiteral("06 12 +34 56 78") << false;
    QTest::newRow("two pluses") << QStringLiteral("++33 6 12 34 56 78") << false;
    QTest::newRow("semicolon") << QStringLiteral("06 12 34 56 78;") << false;
    QTest::newRow("escape character") << QString(QStringLiteral("06") + QChar(0x1b) + QStringLiteral("12345678"))
                                      << false;
    QTest::newRow("line feed") << QStringLiteral("06 12\n34 56 78") << false;
    QTest::newRow("words") << QStringLiteral("call me") << false;
}

void TestCaseValidator::phones()
{
    QFETCH(QString, phone);
    QFETCH(bool, plausible);
    QCOMPARE(CaseValidator::isPlausiblePhone(phone), plausible);
}

void TestCaseValidator::phoneProblemsNameTheirField()
{
    CaseRecord c = validCase();
    c.subject.phone = QStringLiteral("call me");
    c.requester = Requester{Person{}, Capacity::Representative, {}};
    c.requester->person.lastName = QStringLiteral("Martin");
    c.requester->person.phone = QStringLiteral("12");
    const QList<Error> problems = CaseValidator::problems(c, kToday);
    QStringList fields;
    for (const Error &e : problems) {
        fields << e.field;
        QVERIFY2(e.message.contains(QStringLiteral("phone number")), qPrintable(e.message));
    }
    QCOMPARE(fields, QStringList({QStringLiteral("subject.phone"), QStringLiteral("requester.phone")}));
    c.subject.phone.clear(); // no phone is fine
    c.requester->person.phone = QStringLiteral("+33 1 23 45 67 89");
    QVERIFY(CaseValidator::problems(c, kToday).isEmpty());
}

namespace {

/// One text field of a case with its limit (README, "Limits"), a way to set it and a valid value of any length.
struct LimitRow {
    const char *field;
    int limit;
    std::function<void(CaseRecord &, const QString &)> set;
    std::function<QString(int)> value = [](int n) { return QString(n, u'a'); };
};

/// An e-mail address of exactly n characters (n from 10 to 254): local part of at most 64, labels of at most 63.
QString emailOfLength(int n)
{
    QString local(std::min(64, n - 9), u'a');
    int rest = n - int(local.size()) - 1 - 3; // '@' and ".fr"
    QStringList labels;
    while (rest > 0) {
        const int label = std::min(63, rest);
        labels << QString(label, u'b');
        rest -= label + 1;
    }
    QString domain = labels.join(u'.');
    while (local.size() + 1 + domain.size() + 3 < n) {
        local.prepend(u'x'); // the dots left over by the split
    }
    return local + u'@' + domain + QStringLiteral(".fr");
}

/// A phone number of exactly n characters with at most 20 digits: "+1 1 1 ...", then spaces.
QString phoneOfLength(int n)
{
    QString phone = QStringLiteral("+1");
    for (int digits = 1; digits < 20 && phone.size() + 2 <= n; ++digits) {
        phone += QStringLiteral(" 1");
    }
    while (phone.size() < n) {
        phone.insert(1, u'-');
    }
    return phone;
}

QList<LimitRow> limitRows()
{
    const auto requester = [](CaseRecord &c) -> Person & {
        if (!c.requester) {
            c.requester = Requester{Person{}, Capacity::Representative, {}};
            c.requester->person.lastName = QStringLiteral("Martin");
        }
        return c.requester->person;
    };
    const auto refused = [](CaseRecord &c, const QString &v) {
        c.rights.first().outcome = Outcome::Refused;
        c.rights.first().refusalGround = RefusalGround::RightsOfOthers;
        c.rights.first().refusalReason = v;
        c.rights.first().decidedOn = QDate(2026, 11, 20);
        c.answeredOn = QDate(2026, 11, 20);
    };
    return {
        {"subject.firstName", 200, [](CaseRecord &c, const QString &v) { c.subject.firstName = v; }},
        {"subject.lastName", 200, [](CaseRecord &c, const QString &v) { c.subject.lastName = v; }},
        {"subject.email", 254, [](CaseRecord &c, const QString &v) { c.subject.email = v; }, emailOfLength},
        {"subject.phone", 40, [](CaseRecord &c, const QString &v) { c.subject.phone = v; }, phoneOfLength},
        {"subject.postalAddress", 1000, [](CaseRecord &c, const QString &v) { c.subject.postalAddress = v; }},
        {"subject.internalReference", 100, [](CaseRecord &c, const QString &v) { c.subject.internalReference = v; }},
        {"requester.firstName", 200, [requester](CaseRecord &c, const QString &v) { requester(c).firstName = v; }},
        {"requester.lastName", 200, [requester](CaseRecord &c, const QString &v) { requester(c).lastName = v; }},
        {"requester.email", 254, [requester](CaseRecord &c, const QString &v) { requester(c).email = v; },
         emailOfLength},
        {"requester.phone", 40, [requester](CaseRecord &c, const QString &v) { requester(c).phone = v; },
         phoneOfLength},
        {"requester.postalAddress", 1000,
         [requester](CaseRecord &c, const QString &v) { requester(c).postalAddress = v; }},
        {"requester.internalReference", 100,
         [requester](CaseRecord &c, const QString &v) { requester(c).internalReference = v; }},
        {"requester.capacityProof", 500,
         [requester](CaseRecord &c, const QString &v) {
             requester(c);
             c.requester->capacityProof = v;
         }},
        {"rights.detail", 500, [](CaseRecord &c, const QString &v) { c.rights.first().detail = v; }},
        {"rights.refusal", 20000, refused},
        {"suspensions", 20000,
         [](CaseRecord &c, const QString &v) {
             c.suspensions = {Suspension{SuspensionReason::Identity, QDate(2026, 11, 3), QDate(2026, 11, 5), v}};
         }},
        {"extension", 20000,
         [](CaseRecord &c, const QString &v) {
             c.extension = Extension{QDate(2026, 11, 20), ExtensionReason::Complexity, v, {}};
         }},
        {"recipients", 200,
         [](CaseRecord &c, const QString &v) {
             c.recipients = {Recipient{v, {}}};
         }},
        {"notes", 20000,
         [](CaseRecord &c, const QString &v) {
             c.notes = {Note{{}, {}, v}};
         }},
        {"notes", 200,
         [](CaseRecord &c, const QString &v) {
             c.notes = {Note{{}, v, QStringLiteral("Called")}};
         }},
        {"cnilReference", 100, [](CaseRecord &c, const QString &v) { c.cnilReference = v; }},
    };
}

} // namespace

void TestCaseValidator::lengthLimits()
{
    for (const LimitRow &row : limitRows()) {
        const QString field = QString::fromLatin1(row.field);
        CaseRecord atLimit = validCase();
        const QString longest = row.value(row.limit);
        QCOMPARE(longest.size(), qsizetype(row.limit));
        row.set(atLimit, longest);
        const QList<Error> none = CaseValidator::problems(atLimit, kToday);
        QVERIFY2(none.isEmpty(), qPrintable(field + u": " + (none.isEmpty() ? QString() : none.first().message)));

        CaseRecord over = validCase();
        row.set(over, row.value(row.limit + 1));
        const QList<Error> problems = CaseValidator::problems(over, kToday);
        const auto match = std::find_if(problems.cbegin(), problems.cend(), [&](const Error &e) {
            return e.field == field && e.message.contains(QStringLiteral("too long"));
        });
        QVERIFY2(match != problems.cend(), qPrintable(QStringLiteral("no length problem on %1").arg(field)));
        // The message names the limit, in the locale's digits ("20,000" in English).
        QVERIFY2(match->message.contains(QLocale().toString(row.limit)), qPrintable(match->message));
        QCOMPARE(match->code, Error::Code::Invalid);
    }
    // The name of 131 KB that was once accepted.
    CaseRecord huge = validCase();
    huge.subject.lastName = QString(131 * 1024, u'x');
    QVERIFY(!CaseValidator::validate(huge, kToday).ok());
    QCOMPARE(CaseValidator::validate(huge, kToday).error().field, QStringLiteral("subject.lastName"));
}

void TestCaseValidator::storedOverlongTextStaysSavable()
{
    // A register written before the limits may hold longer texts (a note is never changed again): what is already
    // stored is not refused, what changes is.
    CaseRecord stored = validCase();
    stored.notes = {Note{QDateTime(QDate(2026, 11, 3), QTime(9, 0), QTimeZone::utc()), QStringLiteral("dpo"),
                         QString(30000, u'n')}};
    stored.subject.phone = QStringLiteral("bureau: poste 12");
    QVERIFY(!CaseValidator::problems(stored, kToday).isEmpty());
    CaseRecord changed = stored;
    changed.status = CaseStatus::InProgress;
    QVERIFY2(CaseValidator::problems(changed, kToday, &stored).isEmpty(),
             qPrintable(CaseValidator::problems(changed, kToday, &stored).value(0).message));
    changed.subject.phone = QStringLiteral("bureau: poste 13");
    QCOMPARE(CaseValidator::problems(changed, kToday, &stored).size(), 1);
    changed.notes.append(Note{{}, {}, QString(20001, u'm')});
    QCOMPARE(CaseValidator::problems(changed, kToday, &stored).size(), 2);
}

void TestCaseValidator::datesFromTheGdpr_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<QString>("field");
    QTest::newRow("received in 1899") << 0 << QStringLiteral("receivedOn");
    QTest::newRow("received in year 1") << 1 << QStringLiteral("receivedOn");
    QTest::newRow("received the day before the GDPR applied") << 2 << QStringLiteral("receivedOn");
    QTest::newRow("CNIL due date in 2017") << 3 << QStringLiteral("cnilDueDate");
    QTest::newRow("acknowledged in 1899, no receipt") << 4 << QStringLiteral("acknowledgedOn");
    QTest::newRow("answered in 1899, no receipt") << 5 << QStringLiteral("answeredOn");
    QTest::newRow("closed in 1899, no receipt") << 6 << QStringLiteral("closedOn");
    QTest::newRow("question sent in 1899, no receipt") << 7 << QStringLiteral("suspensions");
    QTest::newRow("extension decided in 1899, no receipt") << 8 << QStringLiteral("extension");
    QTest::newRow("decision in 1899, no receipt") << 9 << QStringLiteral("rights.decidedOn");
    QTest::newRow("recipient notified in 1899, no receipt") << 10 << QStringLiteral("recipients");
    QTest::newRow("extension notice in 1899") << 11 << QStringLiteral("extension");
    QTest::newRow("answer to the question in 1899") << 12 << QStringLiteral("suspensions");
}

void TestCaseValidator::datesFromTheGdpr()
{
    QFETCH(int, mutation);
    QFETCH(QString, field);
    const QDate old(1899, 1, 1);
    CaseRecord c = validCase();
    switch (mutation) {
    case 0:
        c.receivedOn = old;
        break;
    case 1:
        c.receivedOn = QDate(1, 1, 1);
        break;
    case 2:
        c.receivedOn = QDate(2018, 5, 24);
        break;
    case 3:
        c.rights = {RightRequest{Right::CnilComplaint, {}, Outcome::Pending, RefusalGround::None, {}, {}}};
        c.cnilDueDate = QDate(2017, 12, 1);
        break;
    default:
        c.receivedOn = QDate(); // no anchor: each date is held to 25 May 2018 on its own
        break;
    }
    switch (mutation) {
    case 4:
        c.acknowledgedOn = old;
        break;
    case 5:
        c.answeredOn = old;
        break;
    case 6:
        c.closedOn = old;
        break;
    case 7:
        c.suspensions = {Suspension{SuspensionReason::Identity, old, {}, {}}};
        break;
    case 8:
        c.extension = Extension{old, ExtensionReason::Complexity, QStringLiteral("Four systems"), {}};
        break;
    case 9:
        c.rights.first().decidedOn = old;
        break;
    case 10:
        c.recipients = {Recipient{QStringLiteral("Routage Express"), old}};
        break;
    case 11:
        c.extension = Extension{QDate(2026, 11, 20), ExtensionReason::Complexity, QStringLiteral("Four"), old};
        break;
    case 12:
        c.suspensions = {Suspension{SuspensionReason::Identity, QDate(2026, 11, 3), old, {}}};
        break;
    }
    const QList<Error> problems = CaseValidator::problems(c, kToday);
    const auto match = std::find_if(problems.cbegin(), problems.cend(), [&](const Error &e) {
        return e.field == field &&
               (e.message.contains(QStringLiteral("2018-05-25")) || e.message.contains(QStringLiteral("before")));
    });
    QVERIFY2(match != problems.cend(), qPrintable(QStringLiteral("no date problem on %1").arg(field)));

    // 25 May 2018 itself is fine.
    CaseRecord first = validCase();
    first.receivedOn = QDate(2018, 5, 25);
    first.recomputeDeadlines(DeadlineCalculator());
    QVERIFY(CaseValidator::problems(first, kToday).isEmpty());
}

void TestCaseValidator::linkedCaseReferenceFormat_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("valid");
    QTest::newRow("reference") << QStringLiteral("DR-2026-0001") << true;
    QTest::newRow("five digits") << QStringLiteral("DR-2026-12345") << true;
    QTest::newRow("lower case") << QStringLiteral("dr-2026-0001") << true;
    QTest::newRow("none") << QString() << true;
    QTest::newRow("short year") << QStringLiteral("DR-26-1") << false;
    QTest::newRow("words") << QStringLiteral("the one from May") << false;
    QTest::newRow("trailing text") << QStringLiteral("DR-2026-0001 and DR-2026-0002") << false;
}

void TestCaseValidator::linkedCaseReferenceFormat()
{
    QFETCH(QString, reference);
    QFETCH(bool, valid);
    CaseRecord c = validCase();
    c.linkedCaseReference = reference;
    const QList<Error> problems = CaseValidator::problems(c, kToday);
    QCOMPARE(problems.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(problems.first().field, QStringLiteral("linkedCaseReference"));
        QVERIFY2(problems.first().message.contains(QStringLiteral("DR-YYYY-NNNN")),
                 qPrintable(problems.first().message));
    }
}

void TestCaseValidator::foldForSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("accents and case") << QStringLiteral("Élodie  DUPRÉ") << QStringLiteral("elodie dupre");
    QTest::newRow("ligatures") << QStringLiteral("Lacœur Æsa Straße") << QStringLiteral("lacoeur aesa strasse");
    QTest::newRow("cedilla, diaeresis") << QStringLiteral("François Anaïs") << QStringLiteral("francois anais");
    QTest::newRow("Polish") << QStringLiteral("Wiśniewski") << QStringLiteral("wisniewski");
    QTest::newRow("Vietnamese") << QStringLiteral("Nguyễn") << QStringLiteral("nguyen");
    QTest::newRow("Cyrillic kept") << QStringLiteral("Иван Петров") << QStringLiteral("иван петров");
    QTest::newRow("Chinese kept") << QStringLiteral("王伟") << QStringLiteral("王伟");
    QTest::newRow("Greek tonos removed, final sigma folded") << QStringLiteral("Γιώργος") << QStringLiteral("γιωργοσ");
    QTest::newRow("trailing space") << QStringLiteral(" Dupont ") << QStringLiteral("dupont");
}

void TestCaseValidator::foldForSearch()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(dpodesk::foldForSearch(text), folded);
}

void TestCaseValidator::phoneKey_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("key");
    QTest::newRow("international French") << QStringLiteral("+33 6 12 34 56 78") << QStringLiteral("0612345678");
    QTest::newRow("national French") << QStringLiteral("06.12.34.56.78") << QStringLiteral("0612345678");
    QTest::newRow("0033 prefix") << QStringLiteral("0033 6 12 34 56 78") << QStringLiteral("0612345678");
    QTest::newRow("other country kept") << QStringLiteral("+49 30 1234567") << QStringLiteral("49301234567");
    QTest::newRow("partial") << QStringLiteral("06 12") << QStringLiteral("0612");
}

void TestCaseValidator::phoneKey()
{
    QFETCH(QString, phone);
    QFETCH(QString, key);
    QCOMPARE(dpodesk::phoneKey(phone), key);
}

void TestCaseValidator::prefixBound()
{
    const QString bound = prefixUpperBound(QStringLiteral("dup"));
    QVERIFY(QStringLiteral("dupre") < bound);
    QVERIFY(QStringLiteral("dup\u4E00") < bound);
    QVERIFY(QStringLiteral("duq") > bound);
}

QTEST_GUILESS_MAIN(TestCaseValidator)
#include "tst_casevalidator.moc"
