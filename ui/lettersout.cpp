// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lettersout.h"

#include "common/filewriter.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace dpodesk {

namespace {

/// Letters handed to the mail program live here until DPO Desk quits (the folder is private to the user).
QTemporaryDir &mailFolder()
{
    static QTemporaryDir folder(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                    .filePath(QStringLiteral("dpodesk-letters-XXXXXX")));
    return folder;
}

} // namespace

Result<void> LettersOut::print(QPdfDocument &document, QPrinter &printer, const QString &documentName)
{
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() == 0) {
        return makeError(Error::Code::Invalid, tr("There is nothing to print."));
    }
    printer.setFullPage(true); // the letter carries its own margins
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(documentName);
    QPainter painter;
    if (!painter.begin(&printer)) {
        return makeError(Error::Code::Io, tr("The printer could not be started."));
    }
    const QRect page = printer.pageLayout().fullRectPixels(printer.resolution());
    // Drawn at 300 dpi and scaled to the printer: a 1200-dpi page would take half a gigabyte.
    const qreal scale = std::min<qreal>(1.0, 300.0 / std::max(1, printer.resolution()));
    const QSize size = (QSizeF(page.size()) * scale).toSize();
    for (int i = 0; i < document.pageCount(); ++i) {
        if (i > 0) {
            printer.newPage();
        }
        const QImage image = document.render(i, size);
        if (image.isNull()) {
            painter.end();
            return makeError(Error::Code::Io, tr("Page %1 could not be drawn.").arg(i + 1));
        }
        painter.drawImage(QRectF(page), image);
    }
    if (!painter.end()) {
        return makeError(Error::Code::Io, tr("The printer could not finish the document."));
    }
    return {};
}

bool LettersOut::canMail()
{
    return !QStandardPaths::findExecutable(QStringLiteral("xdg-email")).isEmpty();
}

Result<void> LettersOut::mail(const QString &address, const QString &subject, const QString &fileName,
                              const QByteArray &pdf)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
    if (program.isEmpty()) {
        return makeError(Error::Code::Io,
                         tr("xdg-email is not installed: save the letter and attach it in your e-mail program."));
    }
    QTemporaryDir &folder = mailFolder();
    const QString path = QDir(folder.path()).filePath(fileName);
    if (!folder.isValid() || !FileWriter::writeAtomically(path, pdf)) {
        return makeError(Error::Code::Io, tr("The letter could not be prepared for your e-mail program; save it and "
                                             "attach it yourself."));
    }
    if (!QProcess::startDetached(program,
                                 {QStringLiteral("--subject"), subject, QStringLiteral("--attach"), path, address})) {
        return makeError(Error::Code::Io,
                         tr("Your e-mail program could not be opened; the letter is in %1.").arg(path));
    }
    return {};
}

} // namespace dpodesk
