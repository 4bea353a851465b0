// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

namespace dpodesk {

/// What the preview helper made of a file.
struct Preview {
    enum class Status { Ok, PasswordProtected, Unavailable };
    Status status = Status::Unavailable;
    QImage image;
    QString reason; ///< why there is no preview, in words
};

/// Renders untrusted files (PDFs and images from data subjects) in the dpodesk-preview helper process: a crash,
/// a hang or a decompression bomb ends in "no preview available" and the application keeps running.
class PreviewClient final {
    Q_DECLARE_TR_FUNCTIONS(PreviewClient)
public:
    static constexpr int kDefaultTimeoutMs = 15000;

    /// program: the helper (default: dpodesk-preview beside the running executable, in the installed libexec
    /// folder, in the build tree, or on the PATH).
    explicit PreviewClient(QString program = defaultProgram(), QStringList arguments = {},
                           int timeoutMs = kDefaultTimeoutMs);

    static QString defaultProgram();
    Preview render(const QByteArray &content, int width, int page = 0) const;

private:
    QString m_program;
    QStringList m_arguments;
    int m_timeoutMs;
};

} // namespace dpodesk
