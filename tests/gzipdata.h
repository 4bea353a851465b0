// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Checksums and gzip streams written by hand for the tests (tst_preview, tst_svgsafety): PNG chunks and .svgz files
// without a compression library of the tests' own.

#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

namespace gziptest {

/// CRC-32 (ISO 3309), as PNG chunks and gzip trailers use it.
inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

/// One gzip member (RFC 1952) around the deflate stream qCompress makes: what an .svgz file holds.
inline QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4); // no length, zlib header nor Adler-32
    QByteArray trailer;
    QDataStream t(&trailer, QIODevice::WriteOnly);
    t.setByteOrder(QDataStream::LittleEndian);
    t << crc32(data) << quint32(data.size());
    return QByteArray::fromHex("1f8b08000000000000ff") + deflate + trailer;
}

} // namespace gziptest
