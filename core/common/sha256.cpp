#include "common/sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace dpodesk {

struct Sha256::Context {
    EVP_MD_CTX *ctx = nullptr;
};

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    m_context->ctx = EVP_MD_CTX_new();
    if (m_context->ctx == nullptr || EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr) != 1) {
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
    EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr);
    return digest;
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(bytes.data(), size_t(bytes.size()), reinterpret_cast<unsigned char *>(digest.data()), &length,
               EVP_sha256(), nullptr);
    return digest;
}

} // namespace dpodesk
