#pragma once

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QString>

namespace dpodesk {

/// The SHA-256 of bytes as 64 lower-case hex digits: how attachments, letters and audit events are fingerprinted.
inline QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace dpodesk
