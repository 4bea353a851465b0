// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panels/attachmentpreview.h"

#include "preview/previewclient.h"

#include <QPixmap>
#include <QResizeEvent>
#include <QThread>

#include <memory>
#include <utility>

namespace dpodesk {

AttachmentPreview::AttachmentPreview(QWidget *parent) : QLabel(parent), m_program(PreviewClient::defaultProgram())
{
    setObjectName(QStringLiteral("preview"));
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(4);
    // The layout decides the width and the picture follows it, never the other way round (no resize loop).
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setMinimumWidth(160);
    setFixedHeight(kHeight);
}

AttachmentPreview::~AttachmentPreview() = default;

void AttachmentPreview::showContent(const QByteArray &content)
{
    m_image = QImage();
    m_loading = true;
    setText(tr("Loading preview…"));
    Request request{++m_serial, content};
    if (m_busy) {
        m_waiting = std::move(request); // a quick walk through the list starts one helper, not one per file
        return;
    }
    start(std::move(request));
}

void AttachmentPreview::showMessage(const QString &text)
{
    ++m_serial;
    m_waiting.reset();
    m_loading = false;
    m_image = QImage();
    setText(text);
}

void AttachmentPreview::start(Request request)
{
    m_busy = true;
    const quint64 serial = request.serial;
    auto result = std::make_shared<Preview>();
    // The worker holds copies only: this widget may be gone by the time the helper ends. The QThread deletes itself.
    QThread *worker = QThread::create([result, program = m_program, content = std::move(request.content)] {
        *result = PreviewClient(program).render(content, kRenderWidth);
    });
    worker->setObjectName(QStringLiteral("dpodesk-preview"));
    connect(worker, &QThread::finished, this, [this, serial, result] { deliver(serial, *result); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

void AttachmentPreview::deliver(quint64 serial, const Preview &preview)
{
    m_busy = false;
    if (serial == m_serial) {
        m_loading = false;
        if (preview.status == Preview::Status::Ok && !preview.image.isNull()) {
            m_image = preview.image;
            rescale();
        } else {
            m_image = QImage();
            setText(preview.reason.isEmpty() ? tr("No preview available.") : preview.reason);
        }
        Q_EMIT ready(!m_image.isNull());
    }
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    }
}

void AttachmentPreview::rescale()
{
    if (m_image.isNull()) {
        return;
    }
    QSize box = contentsRect().size() - QSize(2 * margin(), 2 * margin());
    if (box.width() < 16 || box.height() < 16) {
        box = QSize(kHeight * 3 / 4, kHeight); // not laid out yet
    }
    const qreal ratio = devicePixelRatioF();
    QSize target = m_image.size().scaled(box * ratio, Qt::KeepAspectRatio);
    if (target.width() > m_image.width()) {
        target = m_image.size(); // a small image is shown as it is, not blown up
    }
    QPixmap pixmap = QPixmap::fromImage(m_image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    setPixmap(pixmap);
}

void AttachmentPreview::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    rescale();
}

} // namespace dpodesk
