// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>

namespace dpodesk {

/// The organisation's logo for letterheads and reports: PNG, JPEG or SVG bytes kept in the register.
class Logo final {
    Q_DECLARE_TR_FUNCTIONS(Logo)
public:
    static constexpr qsizetype kMaxBytes = 512 * 1024;
    /// Refuses what is not a readable PNG, JPEG or SVG image, or is larger than kMaxBytes.
    static Result<void> check(const QByteArray &bytes);
    /// The logo drawn to fit in box (pixels), keeping its proportions; transparent background.
    static Result<QImage> render(const QByteArray &bytes, QSizeF box);
};

} // namespace dpodesk
