// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preview/previewclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace dpodesk {

namespace {

// What dpodesk-preview says on stderr, listed so that the words reach the user in their language (the reasons for
// refusing an SVG are listed with the check, in preview/svgsafety.cpp).
[[maybe_unused]] constexpr const char *kHelperReasons[] = {
    QT_TRANSLATE_NOOP("PreviewClient", "cannot read the file"),
    QT_TRANSLATE_NOOP("PreviewClient", "cannot write the preview"),
    QT_TRANSLATE_NOOP("PreviewClient", "no preview for this kind of file"),
    QT_TRANSLATE_NOOP("PreviewClient", "not a readable image"),
    QT_TRANSLATE_NOOP("PreviewClient", "not a readable PDF"),
    QT_TRANSLATE_NOOP("PreviewClient", "the file could not be drawn"),
    QT_TRANSLATE_NOOP("PreviewClient", "the image is too large to preview"),
    QT_TRANSLATE_NOOP("PreviewClient", "the page has no size"),
};

} // namespace

PreviewClient::PreviewClient(QString program, QStringList arguments, int timeoutMs)
    : m_program(std::move(program)), m_arguments(std::move(arguments)), m_timeoutMs(timeoutMs)
{
}

QString PreviewClient::defaultProgram()
{
    const QDir executables(QCoreApplication::applicationDirPath());
    const QString beside = executables.filePath(QStringLiteral("dpodesk-preview"));
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    // Installed: bin/dpodesk finds libexec/dpodesk/dpodesk-preview, wherever the prefix is.
    const QString installed =
        executables.filePath(QStringLiteral(DPODESK_HELPER_FROM_BINDIR) + QStringLiteral("/dpodesk-preview"));
    if (QFileInfo(installed).isExecutable()) {
        return QFileInfo(installed).canonicalFilePath();
    }
    const QString inBuild =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/dpodesk-preview"));
    if (QFileInfo(inBuild).isExecutable()) {
        return QFileInfo(inBuild).canonicalFilePath();
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("dpodesk-preview"));
    return onPath.isEmpty() ? beside : onPath;
}

Preview PreviewClient::render(const QByteArray &content, int width, int page) const
{
    Preview preview;
    QProcess process;
    process.setProgram(m_program);
    process.setArguments(m_arguments + QStringList{QStringLiteral("--width"), QString::number(width),
                                                   QStringLiteral("--page"), QString::number(page)});
    process.start();
    if (!process.waitForStarted(m_timeoutMs)) {
        preview.reason = tr("No preview available: the preview helper (%1) could not be started.").arg(m_program);
        return preview;
    }
    process.write(content);
    process.closeWriteChannel();
    // Read as it comes, with a ceiling: a subverted helper must not be able to fill this process's memory.
    constexpr qint64 kMaxOutput = qint64(4000) * 16000 * 4 + 1024 * 1024;
    QByteArray png;
    QByteArray errors;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        png += process.readAllStandardOutput();
        errors += process.readAllStandardError().left(4096);
        if (png.size() > kMaxOutput) {
            process.kill();
            process.waitForFinished(1000);
            preview.reason = tr("No preview available: the preview helper produced too much output.");
            return preview;
        }
        if (timer.elapsed() > m_timeoutMs) {
            process.kill();
            process.waitForFinished(1000);
            preview.reason = tr("No preview available: drawing the file took too long.");
            return preview;
        }
    }
    png += process.readAllStandardOutput();
    errors += process.readAllStandardError().left(4096);
    // The helper's reason is its last line; Qt may have warned on stderr before it.
    const QStringList lines =
        QString::fromUtf8(errors.left(4096)).trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString why = lines.isEmpty() ? QString() : lines.last().trimmed();
    if (process.exitStatus() != QProcess::NormalExit) {
        preview.reason = tr("No preview available: the file made the preview helper stop (it may be damaged or "
                            "hostile).");
        return preview;
    }
    switch (process.exitCode()) {
    case 0:
        if (preview.image.loadFromData(png, "PNG")) {
            preview.status = Preview::Status::Ok;
            return preview;
        }
        preview.reason = tr("No preview available: the preview could not be read.");
        return preview;
    case 3:
        preview.status = Preview::Status::PasswordProtected;
        preview.reason = tr("This PDF is password-protected; it was not opened.");
        return preview;
    default:
        preview.reason = why.isEmpty() ? tr("No preview available.")
                                       : tr("No preview available: %1.").arg(tr(why.toUtf8().constData()));
        return preview;
    }
}

} // namespace dpodesk
