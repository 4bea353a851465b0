// SPDX-FileCopyrightText: 2026 The DPO Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace dpodesk {

namespace {

/// The SHA-256 implementation, fetched once: looking it up at every digest costs more than hashing a short text.
const EVP_MD *sha256Method()
{
    static EVP_MD *method = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return method != nullptr ? method : EVP_sha256();
}

} // namespace

struct Sha256::Context {
    EVP_MD_CTX *ctx = nullptr;
};

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    m_context->ctx = EVP_MD_CTX_new();
    if (m_context->ctx == nullptr || EVP_DigestInit_ex(m_context->ctx, sha256Method(), nullptr) != 1) {
        std::abort(); // out of memory, or a libcrypto without SHA-256: nothing sensible can go on
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context->ctx);
}

void Sha256::add(QByteArrayView bytes)
{
    if (!bytes.isEmpty()) {
        EVP_DigestUpdate(m_context->ctx, bytes.data(), size_t(bytes.size()));
    }
}

QByteArray Sha256::result()
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    EVP_DigestInit_ex(m_context->ctx, sha256Method(), nullptr);
    return digest;
}

void Sha256::resultInto(unsigned char *digest)
{
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, digest, &length);
    EVP_DigestInit_ex(m_context->ctx, sha256Method(), nullptr);
}

void Sha256::appendHex(QByteArray &out, const unsigned char *digest)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    char hex[64];
    for (int i = 0; i < 32; ++i) {
        hex[2 * i] = kDigits[digest[i] >> 4];
        hex[2 * i + 1] = kDigits[digest[i] & 0xf];
    }
    out.append(hex, 64);
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(bytes.data(), size_t(bytes.size()), reinterpret_cast<unsigned char *>(digest.data()), &length,
               sha256Method(), nullptr);
    return digest;
}

} // namespace dpodesk
