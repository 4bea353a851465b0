// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/demogenerator.h"

#include "domain/caserecord.h"
#include "domain/casevalidator.h"
#include "domain/refusalrules.h"
#include "register/casebook.h"
#include "register/organisationsettings.h"
#include "storage/database.h"
#include "storage/stores.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace dpodesk {

namespace {

struct Name {
    const char *first;
    const char *last;
    const char *emailStem; // ASCII local part for scripts an address cannot carry
};

// clang-format off
constexpr std::array<Name, 40> kNames{{
    {"Élodie", "Dupré", "elodie.dupre"}, {"François", "Lefèvre", "francois.lefevre"},
    {"Zoé", "Château", "zoe.chateau"}, {"Jérôme", "Bérenger", "jerome.berenger"},
    {"Anaïs", "Moreau", "anais.moreau"}, {"Maëlle", "Garçon", "maelle.garcon"},
    {"Noël", "Lemaître", "noel.lemaitre"}, {"Hélène", "Fournier", "helene.fournier"},
    {"Cécile", "Aubérge", "cecile.auberge"}, {"Loïc", "Le Goff", "loic.legoff"},
    {"Camille", "Martin", "camille.martin"}, {"Lucas", "Bernard", "lucas.bernard"},
    {"Chloé", "Dubois", "chloe.dubois"}, {"Hugo", "Petit", "hugo.petit"},
    {"Inès", "Rousseau", "ines.rousseau"}, {"Théo", "Faure", "theo.faure"},
    {"Amélie", "Girard", "amelie.girard"}, {"Benoît", "Roux", "benoit.roux"},
    {"Œdipe", "Lacœur", "oedipe.lacoeur"}, {"Gaëtan", "N'Diaye", "gaetan.ndiaye"},
    {"José", "García Núñez", "jose.garcia"}, {"Jürgen", "Müller", "juergen.mueller"},
    {"Łukasz", "Wiśniewski", "lukasz.wisniewski"}, {"Søren", "Kierkegård", "soren.k"},
    {"Nguyễn", "Thị Hương", "huong.nguyen"}, {"Siobhán", "O'Brien", "siobhan.obrien"},
    {"Ana", "Conceição", "ana.conceicao"}, {"İlkay", "Yıldız", "ilkay.yildiz"},
    {"Dvořák", "Antonín", "antonin.dvorak"}, {"Björk", "Guðmundsdóttir", "bjork.g"},
    {"伟", "王", "wang.wei"}, {"秀英", "李", "li.xiuying"},
    {"محمد", "العلي", "m.alali"}, {"فاطمة", "الزهراء", "f.zahra"},
    {"Иван", "Петров", "ivan.petrov"}, {"Ольга", "Смирнова", "olga.smirnova"},
    {"Γιώργος", "Παπαδόπουλος", "g.papadopoulos"}, {"さくら", "山田", "sakura.yamada"},
    {"דוד", "כהן", "david.cohen"}, {"Ayşe", "Öztürk", "ayse.ozturk"},
}};

constexpr std::array<const char *, 12> kStreets{{
    "rue de la République", "avenue Jean-Jaurès", "boulevard Haussmann", "rue du Faubourg-Saint-Honoré",
    "place Bellecour", "rue Sainte-Catherine", "quai des Chartrons", "allée des Tilleuls",
    "chemin des Écoliers", "impasse du Moulin", "rue Émile-Zola", "cours Mirabeau",
}};
constexpr std::array<const char *, 10> kCities{{
    "75008 Paris", "69002 Lyon", "13001 Marseille", "33000 Bordeaux", "67000 Strasbourg", "59000 Lille",
    "44000 Nantes", "31000 Toulouse", "97110 Pointe-à-Pitre", "97400 Saint-Denis",
}};
constexpr std::array<const char *, 4> kDomains{{"example.fr", "example.com", "example.org", "example.net"}};

// Weighted like a real register of an e-mailing provider: mostly access, erasure and objection.
constexpr std::array<std::pair<Right, int>, 11> kRightWeights{{
    {Right::Access, 30}, {Right::Erasure, 25}, {Right::Objection, 16}, {Right::Rectification, 8},
    {Right::Portability, 5}, {Right::Restriction, 3}, {Right::ConsentWithdrawal, 5}, {Right::AutomatedDecision, 1},
    {Right::PostMortem, 3}, {Right::CnilComplaint, 2}, {Right::Other, 2},
}};
// clang-format on

QString latin(const char *text)
{
    return QString::fromUtf8(text);
}

class Dice {
public:
    explicit Dice(quint32 seed) : m_rng(seed) {}
    int below(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[below(int(N))];
    }
    Right right()
    {
        int total = 0;
        for (const auto &w : kRightWeights) {
            total += w.second;
        }
        int roll = below(total);
        for (const auto &w : kRightWeights) {
            if (roll < w.second) {
                return w.first;
            }
            roll -= w.second;
        }
        return Right::Access;
    }

private:
    QRandomGenerator m_rng;
};

Person makePerson(Dice &dice, int serial)
{
    const Name &n = dice.pick(kNames);
    Person p;
    p.firstName = latin(n.first);
    p.lastName = latin(n.last);
    p.email = QStringLiteral("%1.%2@%3").arg(latin(n.emailStem)).arg(serial).arg(latin(dice.pick(kDomains)));
    p.postalAddress =
        QStringLiteral("%1 %2\n%3").arg(1 + dice.below(120)).arg(latin(dice.pick(kStreets)), latin(dice.pick(kCities)));
    if (dice.chance(70)) {
        p.phone = QStringLiteral("+33 6 %1 %2 %3 %4")
                      .arg(dice.below(100), 2, 10, QLatin1Char('0'))
                      .arg(dice.below(100), 2, 10, QLatin1Char('0'))
                      .arg(dice.below(100), 2, 10, QLatin1Char('0'))
                      .arg(dice.below(100), 2, 10, QLatin1Char('0'));
    }
    if (dice.chance(60)) {
        p.internalReference = QStringLiteral("CUST-%1").arg(100000 + dice.below(900000));
    }
    static constexpr std::array<Relationship, 5> kRelationships{{Relationship::Customer, Relationship::Prospect,
                                                                 Relationship::User, Relationship::Employee,
                                                                 Relationship::Other}};
    p.relationship = dice.pick(kRelationships);
    return p;
}

QString refusalReasonFor(RefusalGround ground)
{
    switch (ground) {
    case RefusalGround::LegalObligation:
        return QStringLiteral("Invoices must be kept ten years (Code de commerce art. L123-22).");
    case RefusalGround::ErasureLegalClaims:
        return QStringLiteral("The data is needed in the proceedings pending before the tribunal judiciaire.");
    case RefusalGround::RightsOfOthers:
        return QStringLiteral("The recordings also hold the voices and data of other customers.");
    case RefusalGround::DataAccurate:
        return QStringLiteral("The address recorded is the one on the signed contract.");
    case RefusalGround::RestrictionNotApplicable:
        return QStringLiteral("The accuracy is not contested and the processing is lawful.");
    case RefusalGround::OutsidePortability:
        return QStringLiteral("The data is processed to meet a legal obligation, not on consent or contract.");
    case RefusalGround::ManifestlyUnfounded:
        return QStringLiteral("Fourth identical request in two months; the data was sent on each occasion.");
    case RefusalGround::UnableToIdentify:
        return QStringLiteral("No account matches the details given and no further information was provided.");
    case RefusalGround::CompellingGrounds:
        return QStringLiteral("Fraud prevention logs are needed to protect the service and its users.");
    default:
        return QStringLiteral("The decision and its reasons are set out in the letter sent.");
    }
}

/// One synthetic case received on `received`, in a state consistent with its age on `today`.
CaseRecord makeCase(Dice &dice, int serial, QDate received, QDate today, const DeadlineCalculator &calc)
{
    CaseRecord c;
    c.receivedOn = received;
    const int logDelay = std::min<qint64>(dice.below(3), received.daysTo(today));
    c.loggedAt = QDateTime(received.addDays(logDelay), QTime(8 + dice.below(10), dice.below(60), dice.below(60)),
                           QTimeZone::utc());
    static constexpr std::array<Channel, 6> kChannels{
        {Channel::Email, Channel::Email, Channel::WebForm, Channel::Post, Channel::Phone, Channel::InPerson}};
    c.channel = dice.pick(kChannels);
    c.language = dice.chance(85) ? QStringLiteral("fr") : QStringLiteral("en");
    c.subject = makePerson(dice, serial);

    const Right first = dice.right();
    c.rights.append(RightRequest{first, {}, Outcome::Pending, RefusalGround::None, {}, {}});
    if (first != Right::CnilComplaint && dice.chance(25)) {
        Right second = dice.right();
        if (second != first && second != Right::CnilComplaint) {
            c.rights.append(RightRequest{second, {}, Outcome::Pending, RefusalGround::None, {}, {}});
        }
    }
    for (RightRequest &r : c.rights) {
        if (r.right == Right::Objection) {
            r.detail = dice.chance(80) ? QStringLiteral("direct marketing") : QStringLiteral("profiling");
        }
    }
    if (first == Right::PostMortem) {
        Person heir = makePerson(dice, serial + 7);
        c.requester = Requester{heir, dice.chance(80) ? Capacity::Heir : Capacity::Executor,
                                QStringLiteral("Death certificate and family record book")};
    } else if (dice.chance(4)) {
        c.requester =
            Requester{makePerson(dice, serial + 3), Capacity::Representative, QStringLiteral("Signed mandate")};
    }
    if (first == Right::CnilComplaint) {
        c.channel = Channel::ViaCnil;
        c.cnilReference = QStringLiteral("PLAINTE-%1-%2").arg(received.year() % 100).arg(10000 + serial % 90000);
        c.cnilDueDate = received.addMonths(1);
    }

    const qint64 age = received.daysTo(today);
    // Identity requests for the rights whose policy expects proof.
    const bool needsId = first == Right::Access || first == Right::Portability || first == Right::PostMortem;
    if (needsId && dice.chance(20)) {
        const QDate asked = received.addDays(std::min<qint64>(1 + dice.below(3), age));
        const QDate answered = asked.addDays(2 + dice.below(25));
        c.suspensions.append(Suspension{SuspensionReason::Identity, asked, answered <= today ? answered : QDate(),
                                        QStringLiteral("Copy of an identity document requested")});
    } else if (dice.chance(2) && age > 5) {
        const QDate asked = received.addDays(2);
        const QDate answered = asked.addDays(3 + dice.below(20));
        c.suspensions.append(Suspension{SuspensionReason::Clarification, asked, answered <= today ? answered : QDate(),
                                        QStringLiteral("Which services and which period?")});
    }
    c.recomputeDeadlines(calc);
    const bool clockStopped = c.openSuspension() != nullptr;
    if (!c.isCnilComplaint() && !clockStopped && dice.chance(5) && received.addDays(20) <= today) {
        const QDate decided = std::min(received.addDays(20), c.deadlines.initial);
        c.extension =
            Extension{decided, dice.chance(70) ? ExtensionReason::Complexity : ExtensionReason::NumberOfRequests,
                      QStringLiteral("Data spread over several systems; export in progress."),
                      dice.chance(90) ? decided : QDate()};
    }
    c.acknowledgedOn = dice.chance(80) ? received.addDays(std::min<qint64>(1, age)) : QDate();

    if (clockStopped) {
        c.status = c.suspensions.last().reason == SuspensionReason::Identity ? CaseStatus::AwaitingIdentity
                                                                             : CaseStatus::AwaitingClarification;
        return c;
    }
    // How long it took (or is taking): most cases within the month, a few late.
    const QDate deadline = c.deadline();
    const qint64 span = received.daysTo(deadline);
    qint64 answerAfter = dice.chance(93) ? 1 + dice.below(int(std::max<qint64>(1, span))) : span + 1 + dice.below(30);
    const QDate answerDate = received.addDays(answerAfter);
    if (answerDate > today || (age < 45 && dice.chance(50))) {
        static constexpr std::array<CaseStatus, 3> kWorking{
            {CaseStatus::New, CaseStatus::InProgress, CaseStatus::AwaitingInternal}};
        c.status = c.acknowledgedOn.isValid() ? dice.pick(kWorking) : CaseStatus::New;
        if (dice.chance(3) && age > 7) {
            c.status = CaseStatus::Withdrawn;
            c.closedOn = received.addDays(std::min<qint64>(age, 5));
        }
        return c;
    }
    for (RightRequest &r : c.rights) {
        const int roll = dice.below(100);
        if (roll < 8) {
            static constexpr std::array<RefusalGround, 5> kGrounds{
                {RefusalGround::ErasureLegalClaims, RefusalGround::ManifestlyUnfounded, RefusalGround::UnableToIdentify,
                 RefusalGround::CompellingGrounds, RefusalGround::LegalObligation}};
            r.outcome = dice.chance(60) ? Outcome::Refused : Outcome::PartiallyGranted;
            // A ground that fits the right (docs/rules.md#outcomes-and-refusal-grounds): the one drawn, or the
            // right's first.
            const RefusalGround drawn = dice.pick(kGrounds);
            const QList<RefusalGround> fitting = RefusalRules::groundsFor(r.right, r.detail);
            r.refusalGround = fitting.contains(drawn) ? drawn : fitting.value(0, RefusalGround::None);
            if (r.refusalGround == RefusalGround::None) {
                r.outcome = Outcome::Granted; // nothing to refuse (a CNIL complaint)
                r.decidedOn = answerDate;
                continue;
            }
            r.refusalReason = refusalReasonFor(r.refusalGround);
        } else if (roll < 14) {
            r.outcome = Outcome::NoDataHeld;
        } else {
            r.outcome = Outcome::Granted;
        }
        r.decidedOn = answerDate;
        if (r.right == Right::Erasure || r.right == Right::Rectification) {
            if (dice.chance(30)) {
                c.recipients.append(Recipient{QStringLiteral("Routage Express SAS"), answerDate});
            }
        }
    }
    c.answeredOn = answerDate;
    c.status = CaseStatus::Answered;
    const QDate closeDate = answerDate.addDays(dice.below(10));
    if (closeDate <= today && (age > 60 || dice.chance(40))) {
        c.status = CaseStatus::Closed;
        c.closedOn = closeDate;
    }
    if (dice.chance(10)) {
        c.notes.append(
            Note{c.loggedAt, QStringLiteral("dpo"), QStringLiteral("Called back the person; answer sent by e-mail.")});
    }
    return c;
}

constexpr qint64 kRecentDays = 60;

} // namespace

DemoGenerator::DemoGenerator(Database &database, CaseBook &cases, OrganisationSettings &settings)
    : m_database(database), m_cases(cases), m_settings(settings)
{
}

Result<DemoSummary> DemoGenerator::fill(const Options &options, const std::function<void(int)> &progress)
{
    if (options.cases < 1) {
        return makeError(Error::Code::Invalid, tr("The demo register needs at least one case."));
    }
    CaseQuery everything;
    everything.scope = CaseQuery::Scope::All;
    auto existing = m_cases.count(everything);
    if (!existing) {
        return existing.error();
    }
    if (*existing > 0) {
        return makeError(
            Error::Code::Conflict,
            tr("%1 already holds cases: the demo fills a new, empty register only.").arg(m_database.path()));
    }

    // A fictional organisation, so that letters and reports of the demo can be written at once.
    auto organisation = m_settings.organisation();
    if (!organisation) {
        return organisation.error();
    }
    if (organisation->name.isEmpty()) {
        OrganisationProfile demo = *organisation;
        demo.name = QStringLiteral("Exemple Démo SAS");
        demo.postalAddress = QStringLiteral("1 place de l'Exemple\n69001 Lyon");
        demo.dpoName = QStringLiteral("Camille Martin");
        demo.dpoEmail = QStringLiteral("dpo@exemple-demo.invalid");
        if (auto saved = m_settings.saveOrganisation(demo); !saved) {
            return saved.error();
        }
    }

    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    // Five years of requests, none before the GDPR applied (a demo dated before mid-2023 starts on 25 May 2018).
    const QDate start = std::max(today.addYears(-5), CaseValidator::gdprApplies());
    const qint64 spanDays = start.daysTo(today);
    Dice dice(options.seed);
    DemoSummary summary;
    const DeadlineCalculator &calc = m_cases.calculator();

    for (int done = 0; done < options.cases;) {
        const int batchEnd = std::min(options.cases, done + std::max(1, options.batchSize));
        auto written = m_database.write([&]() -> Result<void> {
            for (int i = done; i < batchEnd; ++i) {
                // Receipt dates rise with i (so references rise with time), with a little jitter. The last tenth
                // of the cases falls in the last 60 days, so that even a small demo has a live queue.
                const int recentFrom = options.cases - options.cases / 10;
                const qint64 offset =
                    i < recentFrom ? (spanDays - kRecentDays) * i / std::max(1, recentFrom)
                                   : spanDays - kRecentDays +
                                         kRecentDays * (i - recentFrom) / std::max(1, options.cases - recentFrom);
                const QDate received = std::min(today, start.addDays(offset + dice.below(2)));
                CaseRecord c = makeCase(dice, i + 1, received, today, calc);
                if (auto valid = CaseValidator::validate(c, today); !valid) {
                    return makeError(Error::Code::Internal,
                                     tr("The demo generator made an invalid case (%1); please report it.")
                                         .arg(valid.errorMessage()));
                }
                auto stored = m_cases.insertInTransaction(std::move(c));
                if (!stored) {
                    return stored.error();
                }
                ++summary.cases;
                summary.open += stored->isOpen() ? 1 : 0;
                summary.suspended += stored->openSuspension() ? 1 : 0;
                summary.extended += stored->isExtended() ? 1 : 0;
                summary.refused += stored->hasRefusal() ? 1 : 0;
            }
            return {};
        });
        if (!written) {
            return written.error();
        }
        done = batchEnd;
        if (progress) {
            progress(done);
        }
    }
    if (auto analyzed = m_database.analyze(); !analyzed) {
        return analyzed.error();
    }
    return summary;
}

} // namespace dpodesk
