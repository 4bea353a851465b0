// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace dpodesk {

/// SHA-256 computed by OpenSSL's libcrypto (the CPU's SHA instructions where there are some): the digest of
/// attachments, letters, backups, the audit trail and the state of every case. Reusable: result() starts it anew.
class Sha256 final {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView bytes);
    void add(const char *data, qsizetype size) { add(QByteArrayView(data, size)); }
    /// The 32-byte digest of everything added since the last result(); the object is ready for new input.
    QByteArray result();
    /// The same as 64 lower-case hex digits.
    QByteArray hexResult() { return result().toHex(); }
    /// The digest into 32 bytes of the caller's, without allocating (passes over millions of rows).
    void resultInto(unsigned char *digest);
    /// Appends the 64 lower-case hex digits of a 32-byte digest.
    static void appendHex(QByteArray &out, const unsigned char *digest);

    static QByteArray hash(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

/// The SHA-256 of bytes as 64 lower-case hex digits: how attachments, letters and audit events are fingerprinted.
inline QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(Sha256::hash(bytes).toHex());
}

} // namespace dpodesk
