// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Sha256.h"

#include <openssl/evp.h>
#include <stdexcept>

namespace docket {

void Sha256::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL cannot compute SHA-256");
}

Sha256::~Sha256() = default;

void Sha256::add(const char *data, qsizetype size)
{
    if (size > 0 && EVP_DigestUpdate(m_context.get(), data, static_cast<size_t>(size)) != 1)
        throw std::runtime_error("OpenSSL cannot compute SHA-256");
}

QString Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context.get(), digest, &length) != 1)
        throw std::runtime_error("OpenSSL cannot compute SHA-256");
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex());
}

} // namespace docket
