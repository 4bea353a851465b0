// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/recordimport.h"

#include "domain/texthygiene.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace dpodesk {

namespace {

/// One record of a CSV file: its fields and the line it starts on.
struct CsvRow {
    int line = 0;
    QStringList fields;
};

/// RFC 4180 with either separator: quoted fields may hold separators, quotes (doubled) and line breaks.
/// Fails on a quote left open (the line where it opened).
Result<QList<CsvRow>> parseCsv(const QString &text, QChar separator)
{
    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    row.line = 1;
    const auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        // A blank line is no row.
        if (!(row.fields.size() == 1 && row.fields.first().trimmed().isEmpty())) {
            rows << row;
        }
        row = CsvRow();
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r') {
            // CR LF or a lone CR ends the row
            ++line;
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            endRow();
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate("RecordRules", "line %1: a quoted field is never closed (a \" is missing).")
                .arg(quoteLine));
    }
    if (!field.isEmpty() || !row.fields.isEmpty()) {
        endRow();
    }
    return rows;
}

QString folded(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        out += (c == u'_' || c == u'-') ? u' ' : c;
    }
    return out.simplified();
}

/// A spreadsheet-safe cell written by CsvWriter ("'=..."): back to the text.
QString unprotected(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == u'\'' && QStringView(u"=+-@\t\r\n").contains(cell.at(1))) {
        return cell.mid(1);
    }
    return cell;
}

QStringList listOf(const QString &cell)
{
    QStringList values;
    for (const QString &part : cell.split(u'|')) {
        const QString value = TextHygiene::clean(unprotected(part.trimmed()), TextKind::SingleLine);
        if (!value.isEmpty()) {
            values << value;
        }
    }
    return values;
}

QString single(const QString &cell)
{
    return TextHygiene::clean(unprotected(cell.trimmed()), TextKind::SingleLine);
}

QString multi(const QString &cell)
{
    return TextHygiene::clean(unprotected(cell.trimmed()), TextKind::MultiLine);
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$)"));
    return pattern.match(text).hasMatch();
}

/// The header and the rows of a file, with the problems of the file as a whole (encoding, header).
struct Table {
    QHash<QString, int> columns; ///< column name → index
    QList<CsvRow> rows;
    QList<RecordProblem> problems;
    QString cell(const CsvRow &row, const QString &column) const
    {
        const int at = columns.value(column, -1);
        return at >= 0 && at < row.fields.size() ? row.fields.at(at) : QString();
    }
};

Table readTable(const QByteArray &csv, const QStringList &required, const QStringList &optional)
{
    Table table;
    const auto problem = [&](int line, const QString &field, const QString &message) {
        table.problems << RecordProblem{line, field, message};
    };
    if (csv.size() > RecordRules::kMaxFileBytes) {
        problem(0, {},
                RecordRules::tr("The file is larger than %1 MB: split it.").arg(RecordRules::kMaxFileBytes >> 20));
        return table;
    }
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Find the line of the first bad byte, for the message.
        int line = 1;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            QStringDecoder probe(QStringDecoder::Utf8);
            (void)probe.decode(bytes.left(i + 1));
            if (probe.hasError()) {
                break;
            }
            line += bytes.at(i) == '\n' ? 1 : 0;
        }
        problem(line, {},
                RecordRules::tr("The file is not UTF-8 text (line %1): save it as \"CSV UTF-8\" and import it again.")
                    .arg(line));
        return table;
    }
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QString headerLine = firstBreak < 0 ? text : text.left(firstBreak);
    const QChar separator = headerLine.count(u';') > headerLine.count(u',') ? u';' : u',';
    auto rows = parseCsv(text, separator);
    if (!rows) {
        problem(0, {}, rows.error().message);
        return table;
    }
    if (rows->isEmpty()) {
        problem(1, {}, RecordRules::tr("The file is empty: its first line must name the columns."));
        return table;
    }
    const CsvRow header = rows->takeFirst();
    QStringList unknown;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name.isEmpty()) {
            continue;
        }
        if (!required.contains(name) && !optional.contains(name)) {
            unknown << name;
        } else if (table.columns.contains(name)) {
            problem(1, name, RecordRules::tr("The column %1 appears twice.").arg(name));
        } else {
            table.columns.insert(name, i);
        }
    }
    QStringList missing;
    for (const QString &name : required) {
        if (!table.columns.contains(name)) {
            missing << name;
        }
    }
    if (!unknown.isEmpty()) {
        problem(1, {},
                RecordRules::tr("Unknown column(s): %1. The columns are: %2.")
                    .arg(unknown.join(u", "), (required + optional).join(u", ")));
    }
    if (!missing.isEmpty()) {
        problem(1, {}, RecordRules::tr("Missing column(s): %1.").arg(missing.join(u", ")));
    }
    if (rows->size() > RecordRules::kMaxRows) {
        problem(0, {}, RecordRules::tr("The file has more than %1 rows: split it.").arg(RecordRules::kMaxRows));
    }
    if (table.problems.isEmpty()) {
        table.rows = *rows;
    }
    return table;
}

void checkLength(QList<RecordProblem> &problems, const QString &field, const QString &value, int limit)
{
    if (TextHygiene::length(value) > limit) {
        problems << RecordProblem{0, field, RecordRules::tr("longer than %1 characters.").arg(limit)};
    }
}

void checkList(QList<RecordProblem> &problems, const QString &field, const QStringList &values)
{
    if (values.size() > RecordRules::kMaxListValues) {
        problems << RecordProblem{0, field, RecordRules::tr("more than %1 values.").arg(RecordRules::kMaxListValues)};
    }
    for (const QString &value : values) {
        checkLength(problems, field, value, RecordRules::kMaxTextLength);
        if (value.contains(u'|')) {
            problems << RecordProblem{0, field,
                                      RecordRules::tr("\"%1\" holds a \"|\", which separates the values of a list in "
                                                      "the CSV files: write it otherwise.")
                                          .arg(value)};
        }
    }
}

template <typename T>
void require(QList<RecordProblem> &problems, const QString &field, const T &value)
{
    if (value.isEmpty()) {
        problems << RecordProblem{0, field, RecordRules::tr("required.")};
    }
}

} // namespace

QString RecordProblem::toString() const
{
    QString where;
    if (line > 0) {
        where = RecordRules::tr("line %1").arg(line);
    }
    if (!field.isEmpty()) {
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + field;
    }
    return where.isEmpty() ? message : QStringLiteral("%1: %2").arg(where, message);
}

QStringList RecordRules::activityColumns()
{
    return {QStringLiteral("name"),
            QStringLiteral("role"),
            QStringLiteral("controller"),
            QStringLiteral("purposes"),
            QStringLiteral("legal_basis"),
            QStringLiteral("data_subjects"),
            QStringLiteral("data_categories"),
            QStringLiteral("recipients"),
            QStringLiteral("transfers"),
            QStringLiteral("retention"),
            QStringLiteral("source"),
            QStringLiteral("automated_decision"),
            QStringLiteral("systems"),
            QStringLiteral("entity")};
}

QStringList RecordRules::systemColumns()
{
    return {QStringLiteral("name"),
            QStringLiteral("owner_name"),
            QStringLiteral("owner_email"),
            QStringLiteral("deputy_email"),
            QStringLiteral("identifiers"),
            QStringLiteral("actions"),
            QStringLiteral("turnaround_days"),
            QStringLiteral("instructions_fr"),
            QStringLiteral("instructions_en")};
}

QStringList RecordRules::optionalSystemColumns()
{
    return {QStringLiteral("deputy_name")};
}

std::optional<ProcessingRole> RecordRules::roleFromText(const QString &text)
{
    const QString t = folded(text);
    if (t == u"controller" || t == u"responsable" || t == u"responsable du traitement" ||
        t == u"responsable de traitement") {
        return ProcessingRole::Controller;
    }
    if (t == u"joint controller" || t == u"responsable conjoint" || t == u"responsables conjoints" ||
        t == u"responsable conjoint du traitement" || t == u"co responsable") {
        return ProcessingRole::JointController;
    }
    if (t == u"processor" || t == u"sous traitant") {
        return ProcessingRole::Processor;
    }
    return std::nullopt;
}

std::optional<SubjectIdentifier> RecordRules::identifierFromText(const QString &text)
{
    const QString t = folded(text);
    if (t == u"email" || t == u"e mail" || t == u"courriel" || t == u"adresse electronique" || t == u"mail") {
        return SubjectIdentifier::Email;
    }
    if (t == u"phone" || t == u"telephone" || t == u"tel" || t == u"phone number" || t == u"mobile") {
        return SubjectIdentifier::Phone;
    }
    if (t == u"name" || t == u"nom" || t == u"full name" || t == u"nom prenom" || t == u"nom et prenom") {
        return SubjectIdentifier::Name;
    }
    if (t == u"postal address" || t == u"address" || t == u"adresse" || t == u"adresse postale") {
        return SubjectIdentifier::PostalAddress;
    }
    if (t == u"customer number" || t == u"customer id" || t == u"numero client" || t == u"numero de client" ||
        t == u"internal reference" || t == u"reference client") {
        return SubjectIdentifier::CustomerNumber;
    }
    return std::nullopt;
}

std::optional<TaskAction> RecordRules::actionFromText(const QString &text)
{
    const QString t = folded(text);
    if (auto action = parseTaskAction(t)) {
        return action;
    }
    if (t == u"rechercher" || t == u"recherche") {
        return TaskAction::Search;
    }
    if (t == u"exporter" || t == u"extraire" || t == u"extraction") {
        return TaskAction::Export;
    }
    if (t == u"rectifier" || t == u"rectification") {
        return TaskAction::Rectify;
    }
    if (t == u"effacer" || t == u"supprimer" || t == u"effacement" || t == u"delete") {
        return TaskAction::Erase;
    }
    if (t == u"limiter" || t == u"limitation" || t == u"restriction") {
        return TaskAction::Restrict;
    }
    if (t == u"stop processing" || t == u"stop a processing" || t == u"stop the processing" || t == u"cesser" ||
        t == u"arreter" || t == u"opposition") {
        return TaskAction::Stop;
    }
    return std::nullopt;
}

ProcessingActivity RecordRules::cleaned(ProcessingActivity a)
{
    const auto list = [](const QStringList &values) {
        QStringList out;
        for (const QString &v : values) {
            const QString c = TextHygiene::clean(v, TextKind::SingleLine);
            if (!c.isEmpty() && !out.contains(c)) {
                out << c;
            }
        }
        return out;
    };
    a.name = TextHygiene::clean(a.name, TextKind::SingleLine);
    a.controller = TextHygiene::clean(a.controller, TextKind::SingleLine);
    a.purposes = list(a.purposes);
    a.legalBasis = list(a.legalBasis);
    a.dataSubjects = list(a.dataSubjects);
    a.dataCategories = list(a.dataCategories);
    a.recipients = list(a.recipients);
    a.transfers = list(a.transfers);
    a.retention = TextHygiene::clean(a.retention, TextKind::MultiLine);
    a.source = TextHygiene::clean(a.source, TextKind::MultiLine);
    a.automatedDecision = TextHygiene::clean(a.automatedDecision, TextKind::MultiLine);
    a.systems = list(a.systems);
    a.entity = TextHygiene::clean(a.entity, TextKind::SingleLine);
    return a;
}

DataSystem RecordRules::cleaned(DataSystem s)
{
    s.name = TextHygiene::clean(s.name, TextKind::SingleLine);
    s.ownerName = TextHygiene::clean(s.ownerName, TextKind::SingleLine);
    s.ownerEmail = TextHygiene::clean(s.ownerEmail, TextKind::SingleLine);
    s.deputyName = TextHygiene::clean(s.deputyName, TextKind::SingleLine);
    s.deputyEmail = TextHygiene::clean(s.deputyEmail, TextKind::SingleLine);
    s.instructionsFr = TextHygiene::clean(s.instructionsFr, TextKind::MultiLine);
    s.instructionsEn = TextHygiene::clean(s.instructionsEn, TextKind::MultiLine);
    QList<SubjectIdentifier> identifiers;
    for (SubjectIdentifier i : std::as_const(s.identifiers)) {
        if (!identifiers.contains(i)) {
            identifiers << i;
        }
    }
    s.identifiers = identifiers;
    QList<TaskAction> actions;
    for (TaskAction a : allTaskActions()) {
        if (s.actions.contains(a)) {
            actions << a;
        }
    }
    s.actions = actions;
    return s;
}

QList<RecordProblem> RecordRules::checkActivity(const ProcessingActivity &a)
{
    QList<RecordProblem> problems;
    require(problems, QStringLiteral("name"), a.name);
    checkLength(problems, QStringLiteral("name"), a.name, kMaxNameLength);
    if (a.role != ProcessingRole::Controller && a.controller.isEmpty()) {
        problems << RecordProblem{0, QStringLiteral("controller"),
                                  a.role == ProcessingRole::Processor
                                      ? tr("required when we are the processor: the controller we process for.")
                                      : tr("required for a joint controller: with whom.")};
    }
    checkLength(problems, QStringLiteral("controller"), a.controller, kMaxNameLength);
    require(problems, QStringLiteral("purposes"), a.purposes);
    // A processor's record (art. 30(2)) names the controller and the categories; the legal basis is the controller's.
    if (a.role != ProcessingRole::Processor) {
        require(problems, QStringLiteral("legal_basis"), a.legalBasis);
    }
    require(problems, QStringLiteral("data_subjects"), a.dataSubjects);
    require(problems, QStringLiteral("data_categories"), a.dataCategories);
    if (a.role != ProcessingRole::Processor) {
        require(problems, QStringLiteral("retention"), a.retention);
    }
    checkList(problems, QStringLiteral("purposes"), a.purposes);
    checkList(problems, QStringLiteral("legal_basis"), a.legalBasis);
    checkList(problems, QStringLiteral("data_subjects"), a.dataSubjects);
    checkList(problems, QStringLiteral("data_categories"), a.dataCategories);
    checkList(problems, QStringLiteral("recipients"), a.recipients);
    checkList(problems, QStringLiteral("transfers"), a.transfers);
    checkList(problems, QStringLiteral("systems"), a.systems);
    checkLength(problems, QStringLiteral("retention"), a.retention, kMaxTextLength);
    checkLength(problems, QStringLiteral("source"), a.source, kMaxTextLength);
    checkLength(problems, QStringLiteral("automated_decision"), a.automatedDecision, kMaxTextLength);
    checkLength(problems, QStringLiteral("entity"), a.entity, kMaxNameLength);
    return problems;
}

QList<RecordProblem> RecordRules::checkSystem(const DataSystem &s)
{
    QList<RecordProblem> problems;
    require(problems, QStringLiteral("name"), s.name);
    checkLength(problems, QStringLiteral("name"), s.name, kMaxNameLength);
    require(problems, QStringLiteral("owner_name"), s.ownerName);
    checkLength(problems, QStringLiteral("owner_name"), s.ownerName, kMaxNameLength);
    if (!looksLikeEmail(s.ownerEmail)) {
        problems << RecordProblem{0, QStringLiteral("owner_email"),
                                  s.ownerEmail.isEmpty() ? tr("required: tasks are sent to it.")
                                                         : tr("\"%1\" is not an e-mail address.").arg(s.ownerEmail)};
    }
    if (!s.deputyEmail.isEmpty() && !looksLikeEmail(s.deputyEmail)) {
        problems << RecordProblem{0, QStringLiteral("deputy_email"),
                                  tr("\"%1\" is not an e-mail address.").arg(s.deputyEmail)};
    }
    checkLength(problems, QStringLiteral("deputy_name"), s.deputyName, kMaxNameLength);
    if (s.identifiers.isEmpty()) {
        problems << RecordProblem{0, QStringLiteral("identifiers"),
                                  tr("required: what the system can be searched by (email, phone, name, "
                                     "postal-address, customer-number).")};
    }
    if (s.actions.isEmpty()) {
        problems << RecordProblem{0, QStringLiteral("actions"),
                                  tr("required: what its owner can do (search, export, rectify, erase, restrict, "
                                     "stop).")};
    }
    if (s.turnaroundDays < 1 || s.turnaroundDays > 365) {
        problems << RecordProblem{0, QStringLiteral("turnaround_days"), tr("a number of days from 1 to 365.")};
    }
    checkLength(problems, QStringLiteral("instructions_fr"), s.instructionsFr, kMaxTextLength);
    checkLength(problems, QStringLiteral("instructions_en"), s.instructionsEn, kMaxTextLength);
    return problems;
}

RecordImport<ProcessingActivity> RecordRules::readActivities(const QByteArray &csv)
{
    RecordImport<ProcessingActivity> result;
    const Table table = readTable(csv, activityColumns(), {});
    result.problems = table.problems;
    QSet<QString> names;
    for (const CsvRow &row : table.rows) {
        QList<RecordProblem> problems;
        ProcessingActivity a;
        a.name = single(table.cell(row, QStringLiteral("name")));
        const QString roleText = single(table.cell(row, QStringLiteral("role")));
        if (auto role = roleFromText(roleText)) {
            a.role = *role;
        } else {
            problems << RecordProblem{
                0, QStringLiteral("role"),
                roleText.isEmpty()
                    ? tr("required: controller, joint-controller or processor.")
                    : tr("\"%1\" is not a role: controller, joint-controller or processor.").arg(roleText)};
        }
        a.controller = single(table.cell(row, QStringLiteral("controller")));
        a.purposes = listOf(table.cell(row, QStringLiteral("purposes")));
        a.legalBasis = listOf(table.cell(row, QStringLiteral("legal_basis")));
        a.dataSubjects = listOf(table.cell(row, QStringLiteral("data_subjects")));
        a.dataCategories = listOf(table.cell(row, QStringLiteral("data_categories")));
        a.recipients = listOf(table.cell(row, QStringLiteral("recipients")));
        a.transfers = listOf(table.cell(row, QStringLiteral("transfers")));
        a.retention = multi(table.cell(row, QStringLiteral("retention")));
        a.source = multi(table.cell(row, QStringLiteral("source")));
        a.automatedDecision = multi(table.cell(row, QStringLiteral("automated_decision")));
        const QString none = folded(a.automatedDecision);
        if (none == u"none" || none == u"aucune" || none == u"aucun" || none == u"non" || none == u"no") {
            a.automatedDecision.clear();
        }
        a.systems = listOf(table.cell(row, QStringLiteral("systems")));
        a.entity = single(table.cell(row, QStringLiteral("entity")));
        a = cleaned(a);
        problems += checkActivity(a);
        if (!a.name.isEmpty()) {
            const QString key = a.name.toCaseFolded();
            if (names.contains(key)) {
                problems << RecordProblem{0, QStringLiteral("name"),
                                          tr("\"%1\" appears on an earlier line: one row per activity.").arg(a.name)};
            }
            names.insert(key);
        }
        for (RecordProblem &p : problems) {
            p.line = row.line;
        }
        result.problems += problems;
        result.rows << ImportedRow<ProcessingActivity>{row.line, a};
    }
    if (result.rows.isEmpty() && result.problems.isEmpty()) {
        result.problems << RecordProblem{0, {}, tr("The file holds no activity.")};
    }
    return result;
}

RecordImport<DataSystem> RecordRules::readSystems(const QByteArray &csv)
{
    RecordImport<DataSystem> result;
    const Table table = readTable(csv, systemColumns(), optionalSystemColumns());
    result.problems = table.problems;
    QSet<QString> names;
    for (const CsvRow &row : table.rows) {
        QList<RecordProblem> problems;
        DataSystem s;
        s.name = single(table.cell(row, QStringLiteral("name")));
        s.ownerName = single(table.cell(row, QStringLiteral("owner_name")));
        s.ownerEmail = single(table.cell(row, QStringLiteral("owner_email")));
        s.deputyName = single(table.cell(row, QStringLiteral("deputy_name")));
        s.deputyEmail = single(table.cell(row, QStringLiteral("deputy_email")));
        for (const QString &text : listOf(table.cell(row, QStringLiteral("identifiers")))) {
            if (auto identifier = identifierFromText(text)) {
                s.identifiers << *identifier;
            } else {
                problems << RecordProblem{0, QStringLiteral("identifiers"),
                                          tr("\"%1\" is not an identifier DPO Desk can fill: email, phone, name, "
                                             "postal-address or customer-number.")
                                              .arg(text)};
            }
        }
        for (const QString &text : listOf(table.cell(row, QStringLiteral("actions")))) {
            if (auto action = actionFromText(text)) {
                s.actions << *action;
            } else {
                problems << RecordProblem{
                    0, QStringLiteral("actions"),
                    tr("\"%1\" is not an action: search, export, rectify, erase, restrict or stop.").arg(text)};
            }
        }
        const QString days = single(table.cell(row, QStringLiteral("turnaround_days")));
        bool number = false;
        s.turnaroundDays = days.isEmpty() ? 5 : days.toInt(&number);
        if (!days.isEmpty() && !number) {
            problems << RecordProblem{0, QStringLiteral("turnaround_days"),
                                      tr("\"%1\" is not a number of days.").arg(days)};
            s.turnaroundDays = 5;
        }
        s.instructionsFr = multi(table.cell(row, QStringLiteral("instructions_fr")));
        s.instructionsEn = multi(table.cell(row, QStringLiteral("instructions_en")));
        s = cleaned(s);
        problems += checkSystem(s);
        if (!s.name.isEmpty()) {
            const QString key = s.name.toCaseFolded();
            if (names.contains(key)) {
                problems << RecordProblem{0, QStringLiteral("name"),
                                          tr("\"%1\" appears on an earlier line: one row per system.").arg(s.name)};
            }
            names.insert(key);
        }
        for (RecordProblem &p : problems) {
            p.line = row.line;
        }
        result.problems += problems;
        result.rows << ImportedRow<DataSystem>{row.line, s};
    }
    if (result.rows.isEmpty() && result.problems.isEmpty()) {
        result.problems << RecordProblem{0, {}, tr("The file holds no system.")};
    }
    return result;
}

} // namespace dpodesk
