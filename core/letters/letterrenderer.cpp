// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "letters/letterrenderer.h"

#include "letters/lettervalues.h"

#include "letters/letter.h"
#include "letters/lettertemplate.h"
#include "letters/logo.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace dpodesk {

namespace {

/// French typography: a non-breaking space before ; : ! ? » and after «, in the text between tags only, so that a
/// line never starts with a colon.
QString frenchTypography(const QString &html)
{
    static const QRegularExpression before(QStringLiteral("[ \u202f]([;:!?\u00bb])"));
    static const QRegularExpression after(QStringLiteral("\u00ab[ \u202f]"));
    QString result;
    result.reserve(html.size());
    qsizetype at = 0;
    while (at < html.size()) {
        const qsizetype tag = html.indexOf(u'<', at);
        QString text = html.mid(at, tag < 0 ? -1 : tag - at);
        text.replace(before, QStringLiteral("\u00a0\\1"));
        text.replace(after, QStringLiteral("\u00ab\u00a0"));
        result += text;
        if (tag < 0) {
            break;
        }
        const qsizetype end = html.indexOf(u'>', tag);
        result += html.mid(tag, end < 0 ? -1 : end - tag + 1);
        at = end < 0 ? html.size() : end + 1;
    }
    return result;
}

constexpr auto kLogoUrl = "dpodesk-logo:letterhead";

QString escaped(const QString &text)
{
    return LetterTemplate::escaped(text);
}

} // namespace

QString LetterRenderer::html(const LetterInput &in, const QMap<QString, QString> &values, const FilledTemplate &filled)
{
    const bool english = in.language == QLatin1String("en");
    const QString dateLine = LetterValues::date(in.date.isValid() ? in.date : QDate::currentDate(), in.language);
    const CaseRecord &c = in.record;
    const Person &addressee = c.requester ? c.requester->person : c.subject;
    const OrganisationProfile &org = in.organisation;
    QString html;
    // The letterhead: logo, organisation and DPO contact on the left, the addressee on the right. Empty parts
    // leave no stray separators.
    QStringList contact;
    for (const QString &part : {org.dpoName, org.dpoEmail, org.dpoPhone}) {
        if (!part.trimmed().isEmpty()) {
            contact << escaped(part.trimmed());
        }
    }
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"55%\">");
    if (!org.logo.isEmpty()) {
        html += QStringLiteral("<img src=\"%1\"/><br/>").arg(QLatin1String(kLogoUrl));
    }
    html += QStringLiteral("<b>%1</b>").arg(escaped(org.name));
    if (!org.postalAddress.trimmed().isEmpty()) {
        html += QStringLiteral("<br/>%1").arg(escaped(org.postalAddress.trimmed()));
    }
    html += QStringLiteral("<br/><small>%1 %2</small>")
                .arg(english ? QStringLiteral("Data Protection Officer:")
                             : LetterValues::dpoTitle(org, in.language) + QStringLiteral("\u00a0:"),
                     contact.join(QStringLiteral(" · ")));
    // A letter to a controller we process for goes to that controller, named in the record (art. 28(3)(e)); an
    // art. 19 notification to the recipient chosen, at the address recorded with it.
    const LetterAddressee to = LetterKinds::addressee(in.kind);
    const bool toThirdParty = to != LetterAddressee::Person;
    QString addresseeBlock;
    switch (to) {
    case LetterAddressee::Cnil:
        addresseeBlock = QStringLiteral("Commission nationale de l'informatique et des libertés (CNIL)<br/>3 place de "
                                        "Fontenoy<br/>TSA 80715<br/>75334 Paris Cedex 07");
        break;
    case LetterAddressee::Controller:
        // The record names the controller only, without an address: none of the person's is printed for it.
        addresseeBlock = escaped(values.value(QStringLiteral("controller.name")));
        break;
    case LetterAddressee::Recipient:
        addresseeBlock = escaped(values.value(QStringLiteral("notification.recipient")));
        if (const QString address = values.value(QStringLiteral("notification.address")).trimmed();
            !address.isEmpty()) {
            addresseeBlock += QStringLiteral("<br/>") + escaped(address); // its lines kept
        }
        break;
    case LetterAddressee::Person:
        addresseeBlock = escaped(addressee.displayName());
        if (!addressee.postalAddress.trimmed().isEmpty()) {
            addresseeBlock += QStringLiteral("<br/>%1").arg(escaped(addressee.postalAddress.trimmed()));
        } else if (!addressee.email.trimmed().isEmpty()) {
            addresseeBlock += QStringLiteral("<br/>%1").arg(escaped(addressee.email.trimmed()));
        }
        break;
    }
    html += QStringLiteral("</td><td width=\"45%\"><br/><br/>%1").arg(addresseeBlock);
    html += QStringLiteral("</td></tr></table><br/>");
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(escaped(dateLine));
    if (to == LetterAddressee::Recipient) {
        // A recipient learns what changed in the data it received, not what the person asked or when.
        html += QStringLiteral("<p>%1 <b>%2</b></p>")
                    .arg(english ? QStringLiteral("Our reference:") : QStringLiteral("Notre référence\u00a0:"),
                         escaped(c.reference));
    } else {
        html += QStringLiteral("<p>%1 <b>%2</b><br/>%3 %4<br/>%5 %6</p>")
                    .arg(english ? QStringLiteral("Our reference:") : QStringLiteral("Notre référence\u00a0:"),
                         escaped(c.reference),
                         toThirdParty ? (english ? QStringLiteral("Request received on:")
                                                 : QStringLiteral("Date de réception de la demande\u00a0:"))
                         : english    ? QStringLiteral("Your request received on:")
                                      : QStringLiteral("Date de réception de votre demande\u00a0:"),
                         escaped(values.value(QStringLiteral("case.received_on"))),
                         english ? QStringLiteral("Rights concerned:") : QStringLiteral("Droits concernés\u00a0:"),
                         escaped(values.value(QStringLiteral("case.rights"))));
    }
    if (!filled.subject.isEmpty()) {
        html += QStringLiteral("<p><b>%1 %2</b></p>")
                    .arg(english ? QStringLiteral("Subject:") : QStringLiteral("Objet\u00a0:"),
                         english ? filled.subject : frenchTypography(filled.subject));
    }
    html += english ? filled.body : frenchTypography(filled.body);
    html += QStringLiteral("<p><br/>%1<br/>%2</p>").arg(escaped(org.dpoName), LetterValues::dpoTitle(org, in.language));
    return html;
}

namespace {

/// The page a line of a block is laid out on (the document is paginated: no line straddles two pages).
int pageOfLine(const QTextDocument &document, const QTextBlock &block, int line)
{
    const qreal top = document.documentLayout()->blockBoundingRect(block).top();
    return int((top + block.layout()->lineAt(line).y()) / document.pageSize().height());
}

/// Whether a block opens with a heading: its first fragment bold, then a line break in the same paragraph
/// ("<p><b>Heading</b><br/>text</p>", as the templates write them).
bool opensWithHeading(const QTextBlock &block)
{
    const QTextBlock::iterator first = block.begin();
    return !first.atEnd() && first.fragment().charFormat().fontWeight() >= QFont::Bold &&
           block.text().contains(QChar::LineSeparator);
}

/// Whether a paragraph is a heading line of its own: one line that opens in bold, not itself in a list.
bool isHeadingLine(const QTextBlock &block)
{
    const QTextBlock::iterator first = block.begin();
    return !block.textList() && !block.text().trimmed().isEmpty() && !block.text().contains(QChar::LineSeparator) &&
           !first.atEnd() && first.fragment().charFormat().fontWeight() >= QFont::Bold;
}

void breakBefore(const QTextBlock &block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
}

} // namespace

void LetterRenderer::keepEmailsWhole(QTextDocument &document)
{
    static const QRegularExpression email(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"));
    // Each pass breaks the line before one address that a line break would cut, then lays the document out again.
    for (int pass = 0; pass < 200; ++pass) {
        document.pageCount(); // lays the whole document out
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            QTextLayout *layout = block.layout();
            if (!layout || layout->lineCount() < 2) {
                continue;
            }
            const QString text = block.text();
            for (auto it = email.globalMatch(text); it.hasNext() && !moved;) {
                const auto match = it.next();
                const int first = int(match.capturedStart());
                const int last = int(match.capturedEnd()) - 1;
                const QTextLine start = layout->lineForTextPosition(first);
                if (!start.isValid() || start.lineNumber() == layout->lineForTextPosition(last).lineNumber()) {
                    continue;
                }
                // Already at the start of its line (longer than a line): left as it is.
                if (start.textStart() == first) {
                    continue;
                }
                QTextCursor cursor(block);
                cursor.setPosition(block.position() + first);
                // A space before the address becomes the line break; otherwise the break is inserted.
                if (first > 0 && text.at(first - 1).isSpace()) {
                    cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
                }
                cursor.insertText(QString(QChar::LineSeparator));
                moved = true;
            }
        }
        if (!moved) {
            return;
        }
    }
}

void LetterRenderer::keepHeadingsAndSignature(QTextDocument &document)
{
    // Each pass moves at most one paragraph to the next page, then lays the document out again.
    for (int pass = 0; pass < 50; ++pass) {
        document.pageCount(); // lays the whole document out: the lines' positions below are final
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            if (!block.layout() || block.layout()->lineCount() < 2 ||
                block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                continue;
            }
            // A heading on the last line of a page, its text on the next: the paragraph starts the next page.
            if (opensWithHeading(block) && pageOfLine(document, block, 1) > pageOfLine(document, block, 0)) {
                breakBefore(block);
                moved = true;
            }
        }
        // A heading in a paragraph of its own before a list ("<p><b>Heading</b></p><ul>...") goes with the list.
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            const QTextBlock next = block.next();
            if (!isHeadingLine(block) || !next.isValid() || !next.textList() || !next.layout() ||
                next.layout()->lineCount() == 0 || !block.layout() || block.layout()->lineCount() == 0 ||
                block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                continue;
            }
            if (pageOfLine(document, next, 0) > pageOfLine(document, block, block.layout()->lineCount() - 1)) {
                breakBefore(block);
                moved = true;
            }
        }
        // The signature (the last paragraph) never starts a page alone: the closing formula goes with it.
        const QTextBlock signature = document.lastBlock();
        const QTextBlock closing = signature.previous();
        if (!moved && closing.isValid() && signature.layout() && closing.layout() &&
            signature.layout()->lineCount() > 0 && closing.layout()->lineCount() > 0 &&
            !(closing.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            const int signaturePage = pageOfLine(document, signature, signature.layout()->lineCount() - 1);
            if (signaturePage > 0 && pageOfLine(document, closing, closing.layout()->lineCount() - 1) < signaturePage) {
                breakBefore(closing);
                moved = true;
            }
        }
        // Nor the closing formula and the signature alone: the last paragraph of the body goes with them.
        const QTextBlock last = closing.isValid() ? closing.previous() : QTextBlock();
        if (!moved && last.isValid() && last.layout() && last.layout()->lineCount() > 0 && closing.layout() &&
            closing.layout()->lineCount() > 0 &&
            !(last.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            const int closingPage = pageOfLine(document, closing, 0);
            if (closingPage > 0 && pageOfLine(document, last, last.layout()->lineCount() - 1) < closingPage) {
                breakBefore(last);
                // The closing formula now follows that paragraph on the new page, without a break of its own.
                QTextCursor cursor(closing);
                QTextBlockFormat format = closing.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                cursor.setBlockFormat(format);
                moved = true;
            }
        }
        if (!moved) {
            return;
        }
    }
}

Result<QByteArray> LetterRenderer::pdf(const LetterInput &in, QString html)
{
    return pdf(QList<std::pair<LetterInput, QString>>{{in, std::move(html)}});
}

Result<QByteArray> LetterRenderer::pdf(const QList<std::pair<LetterInput, QString>> &letters)
{
    if (letters.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("There is no letter to draw."));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(22, 18, 22, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(letters.size() == 1 ? letters.front().first.record.reference
                                        : tr("%n letters", nullptr, int(letters.size())));
    writer.setCreator(QStringLiteral("DPO Desk"));

    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footerHeight = writer.resolution() * 0.35; // about 9 mm for "reference — page i / n"
    QPainter painter(&writer);
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(8);
    bool firstPage = true;
    for (const auto &[in, given] : letters) {
        QString html = given;
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPointSizeF(10.5);
        document.setDefaultFont(font);
        if (!in.organisation.logo.isEmpty()) {
            // At most 60 x 18 mm, drawn at the writer's resolution so it stays sharp.
            const qreal dotsPerMm = writer.resolution() / 25.4;
            auto logo = Logo::render(in.organisation.logo, QSizeF(60 * dotsPerMm, 18 * dotsPerMm));
            if (!logo) {
                painter.end();
                return logo.error();
            }
            document.addResource(QTextDocument::ImageResource, QUrl(QLatin1String(kLogoUrl)), *logo);
            // Rich text measures images in 96 dpi pixels.
            const qreal scale = 96.0 / writer.resolution();
            html.replace(QStringLiteral("<img src=\"%1\"/>").arg(QLatin1String(kLogoUrl)),
                         QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/>")
                             .arg(QLatin1String(kLogoUrl))
                             .arg(qRound(logo->width() * scale))
                             .arg(qRound(logo->height() * scale)));
        }
        document.setHtml(html);
        document.setPageSize(QSizeF(page.width(), page.height() - footerHeight));
        keepEmailsWhole(document);
        keepHeadingsAndSignature(document);
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (!firstPage) {
                writer.newPage();
            }
            firstPage = false;
            const qreal height = page.height() - footerHeight;
            painter.save();
            painter.translate(0, -i * height);
            // The clip stays a hair inside the page: a line that ends on its edge belongs to one page only (drawn
            // on the next too, it would be invisible there but present in the PDF's text).
            document.drawContents(&painter, QRectF(0, i * height + 1, page.width(), height - 2));
            painter.restore();
            painter.setFont(footerFont);
            painter.drawText(QRectF(0, page.height() - footerHeight * 0.7, page.width(), footerHeight * 0.7),
                             Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("%1 — page %2 / %3").arg(in.record.reference).arg(i + 1).arg(pages));
        }
    }
    if (!painter.end()) {
        return makeError(Error::Code::Io, tr("The letter could not be drawn."));
    }
    return bytes;
}

} // namespace dpodesk
