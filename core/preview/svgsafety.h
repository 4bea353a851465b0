// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dpodesk {

/// Why an SVG image is not drawn.
struct SvgRefusal {
    enum class Reason {
        OutsideReference, ///< a reference to a file or address outside the image: href, url(), @import, DTD...
        UnsafeContent,    ///< scripts, embedded documents, XML entity declarations, processing instructions
        Unreadable,       ///< not well-formed XML, or a damaged gzip stream
        TooLarge,         ///< more than SvgSafety::kMaxBytes once decompressed
    };
    Reason reason = Reason::Unreadable;
    QString detail; ///< what was found and where, e.g. `line 3: <image xlink:href="/home/x/id.png">`
};

/// Decides whether SVG (or gzip-compressed SVG) bytes may be drawn by QtSvg: they must refer to nothing outside
/// themselves. QtSvg 6.4 opens the file named by an <image> href and the CSS file of an xml-stylesheet
/// instruction; references are refused, never rewritten. Read with the same XML reader QtSvg uses.
class SvgSafety final {
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

    /// std::nullopt when the image may be drawn; otherwise why not.
    static std::optional<SvgRefusal> check(const QByteArray &svgOrSvgz);

    /// The reason in English words (the preview helper writes them on stderr; the desk translates them).
    static const char *text(SvgRefusal::Reason reason);
};

} // namespace dpodesk
