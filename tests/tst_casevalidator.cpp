// The validation rules of a case, each refusal naming its field, and the search keys.
#include "domain/caserecord.h"
#include "domain/casevalidator.h"
#include "domain/caseworkflow.h"
#include "domain/searchkey.h"

#include <QTest>

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
}

void TestCaseValidator::emails()
{
    QFETCH(QString, email);
    QFETCH(bool, plausible);
    QCOMPARE(CaseValidator::isPlausibleEmail(email), plausible);
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
