// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QImage>
#include <QLabel>
#include <QString>

#include <optional>

class QResizeEvent;

namespace dpodesk {

struct Preview;

/// One attachment drawn as a picture by the dpodesk-preview helper process. The helper runs on a worker thread (it
/// may take up to 15 s on a hostile file), so the window never waits for it; meanwhile the label says so. When there
/// is no picture the label shows why, in words ("This PDF is password-protected; it was not opened.").
class AttachmentPreview final : public QLabel {
    Q_OBJECT
public:
    static constexpr int kRenderWidth = 800; ///< pixels asked of the helper; the picture is scaled down to the label
    static constexpr int kHeight = 420;

    explicit AttachmentPreview(QWidget *parent = nullptr);
    ~AttachmentPreview() override;

    /// The helper to run (default: PreviewClient::defaultProgram()).
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }

    /// Draws content on a worker thread, one helper at a time. Only the latest request counts: one still waiting is
    /// replaced, the result of one already running is dropped.
    void showContent(const QByteArray &content);
    /// Words instead of a picture; a drawing still under way is dropped.
    void showMessage(const QString &text);
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    /// The drawing last asked for arrived: ok when a picture is shown, otherwise the reason is.
    void ready(bool ok);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Request {
        quint64 serial = 0;
        QByteArray content;
    };

    void start(Request request);
    void deliver(quint64 serial, const Preview &preview);
    void rescale();

    QString m_program;
    QImage m_image;       ///< as drawn by the helper; scaled to the label on every resize
    quint64 m_serial = 0; ///< of the latest request: results of older ones are dropped
    bool m_busy = false;  ///< a worker is running
    bool m_loading = false;
    std::optional<Request> m_waiting;
};

} // namespace dpodesk
