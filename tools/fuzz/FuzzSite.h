// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/SiteSnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>
#include <memory>

// The fixed site the Router target fuzzes against: a real library in a temporary folder, built
// through the same calls as the organiser's (create, add items, import, open), then frozen by
// SiteSnapshot::build. Codes and dates are pinned so that a corpus, the seeds and a crash input
// mean the same request on every run.
namespace docketfuzz {

// Open to delegates, Vietnamese pages by default: items 1 (four documents: a PDF, a 4 KiB text,
// an empty file, a 1-byte file whose name holds a quote, a backslash, a percent sign and a
// tab), 2 (none), 3 (a copy of the PDF under another name, so the same blob).
inline constexpr char kOpenCode[] = "K7Q2M9AB";
// Open, English pages by default: item 1 with one document.
inline constexpr char kEnglishCode[] = "M4X7TZ2Q";
// Open behind a PIN: item 1 with one document (id 7). The salt of the PIN's hash and the
// library's cookie secret are pinned too, so the cookie that proves the PIN is the same on
// every run.
inline constexpr char kPinCode[] = "P1NMEET0";
inline constexpr char kPin[] = "2468";
// Never served: a draft and a closed meeting, each with an item and a document (ids 8, 9).
inline constexpr char kDraftCode[] = "DRAFT000";
inline constexpr char kClosedCode[] = "C10SED00";
// Every version's Last-Modified.
inline constexpr std::int64_t kAddedAt = 1795852800; // 2026-11-28T08:00:00Z

struct FuzzSite
{
    std::shared_ptr<const docket::SiteSnapshot> snapshot;
    QHash<QString, std::int64_t> blobSizes; // every blob path the snapshot names -> bytes on disk
};

// Built on the first call (from LLVMFuzzerInitialize), then shared by every input.
const FuzzSite &fuzzSite();

} // namespace docketfuzz
