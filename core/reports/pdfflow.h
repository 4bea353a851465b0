// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace dpodesk {

class PdfCanvas;

/// Text laid out down the pages of a PdfCanvas: a title, lines, headings and "label: value" rows whose values wrap.
/// A row that does not fit goes to the next page (a heading with it), a row taller than a page is split between its
/// lines; then every page gets the footer "page i / n". For reports made of text rather than tables.
class PdfFlow final {
public:
    explicit PdfFlow(PdfCanvas &canvas);

    void title(const QString &text);
    void line(const QString &text, qreal points = 9.5, bool bold = false);
    /// A heading, kept on the page of the row that follows it.
    void heading(const QString &text);
    /// A row: the label in the left column, the value (its line breaks kept) in the right one.
    void field(const QString &label, const QString &value, bool monospace = false);
    void space(qreal millimetres);

    /// Lays the items out, draws them with the footer (note and left text as PdfCanvas::drawFooter) and ends the
    /// document.
    Result<QByteArray> finish(const QString &note, const QString &footer);

private:
    struct Item {
        qreal height = 0;
        bool keepWithNext = false;
        std::function<void(QPainter &, const QRectF &)> draw;
    };
    qreal textHeight(const QFont &font, qreal width, const QString &text) const;

    PdfCanvas &m_canvas;
    QList<Item> m_items;
};

} // namespace dpodesk
