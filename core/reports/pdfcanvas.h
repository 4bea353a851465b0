// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>

#include <memory>

namespace dpodesk {

struct ReportHeader;

/// An A4 PDF drawn with QPainter on a QPdfWriter (no widget), in "DejaVu Sans", with the reports' footer.
class PdfCanvas final {
    Q_DECLARE_TR_FUNCTIONS(PdfCanvas)
public:
    PdfCanvas(QPageLayout::Orientation orientation, const QString &title);
    ~PdfCanvas();
    Q_DISABLE_COPY_MOVE(PdfCanvas)

    QPainter &painter() { return *m_painter; }
    /// The printable area of a page, in device units, footer included.
    QRectF page() const { return m_page; }
    /// Height kept at the bottom of every page for the footer.
    qreal footerHeight() const { return mm(12); }
    /// The area above the footer.
    QRectF body() const
    {
        return QRectF(m_page.left(), m_page.top(), m_page.width(), m_page.height() - footerHeight());
    }
    qreal mm(qreal millimetres) const { return millimetres * m_resolution / 25.4; }
    static QFont font(qreal points, bool bold = false);
    static QFont monospace(qreal points);

    void newPage();
    /// A small grey note above the footer line (definitions), then "left … page i / n".
    void drawFooter(const QString &note, const QString &left, int page, int pages);
    /// "Organisation — title — generated on" for the footer line.
    static QString footerText(const ReportHeader &header, const QString &title);
    /// Ends the document and returns its bytes.
    Result<QByteArray> finish();

private:
    QByteArray m_bytes;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QRectF m_page;
    int m_resolution = 300;
};

} // namespace dpodesk
