// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs found by the fuzzers of tools/fuzz (see its README.md), one test per finding. A finding
// that waits for its fix is tagged [!mayfail].
#include "server/Router.h"
#include "server/SiteSnapshot.h"
#include "support/SampleSite.h"

#include <catch2/catch.hpp>

using namespace docket;
using namespace testsupport;

namespace {

struct PinSite : SampleSite
{
    std::shared_ptr<const SiteSnapshot> snapshot;

    PinSite()
    {
        lib.catalog().setMeetingPin(open.id, QStringLiteral("2468"));
        snapshot = SiteSnapshot::build(lib.catalog(), lib.library().store());
    }
    QByteArray code() const { return open.code.toLatin1(); }

    // The PIN form as a browser posts it: `next` is already URL-encoded.
    HttpResponse unlock(const QByteArray &next) const
    {
        HttpRequest request;
        request.method = "POST";
        request.path = '/' + code() + "/unlock";
        request.body = "next=" + next + "&pin=2468";
        return Router::handleCheckingPin(request, *snapshot);
    }
};

// What a header value may hold on the wire: printable ASCII and tab, so no CR/LF that would
// start another header and no raw byte a browser would read in some charset of its choosing.
bool isWireValue(const QByteArray &value)
{
    for (const char c : value)
        if (!((c >= 0x20 && c < 0x7f) || c == '\t'))
            return false;
    return true;
}

} // namespace

// fuzz_unlock, minimised: POST /P1NMEET0/unlock with the body
// "next=%2FP1NMEET0%2F1%2F7%2F\xAE&pin=2468" answered 303 with "Location: /P1NMEET0/1/7/\xAE".
// After the right PIN the Router redirected to the decoded `next` field as soon as
// parseDelegatePath accepted it, and the file-name segment accepts any byte but '/' and NUL.
// Fixed in 96da98f: only a printable-ASCII `next` is considered.
TEST_CASE("The redirect after the PIN holds printable ASCII only", "[fuzz][pin]")
{
    PinSite site;
    const QByteArray document =
        "%2F" + site.code() + "%2F1%2F" + QByteArray::number(site.pdf.id) + "%2F";
    const QByteArray nexts[] = {
        document + "\xAE",                       // the fuzzer's input: a raw 0xAE byte
        document + "x%0D%0ASet-Cookie:%20a%3Db", // CR LF and a second header
        document + "B%C3%A1o%20c%C3%A1o.pdf",    // raw UTF-8 and a space
        document + "%P1",                        // not an escape, yet decoded to 0x01
    };
    for (const QByteArray &next : nexts) {
        INFO("next=" << next.constData());
        const HttpResponse response = site.unlock(next);
        REQUIRE(response.status == 303);
        const QByteArray location = response.header("Location");
        INFO("Location (hex): " << location.toHex().constData());
        CHECK(location.startsWith(QByteArray('/' + site.code())));
        CHECK(isWireValue(location));
    }
}

// What the fix must keep: the form's own `next`, the percent-encoded path the phone asked for,
// comes back unchanged.
TEST_CASE("The redirect after the PIN keeps an encoded path as it is", "[fuzz][pin]")
{
    PinSite site;
    const QByteArray path =
        '/' + site.code() + "/1/" + QByteArray::number(site.pdf.id) + "/B%C3%A1o%20c%C3%A1o.pdf";
    const HttpResponse response = site.unlock(QByteArray(path).replace("%", "%25"));
    REQUIRE(response.status == 303);
    CHECK(response.header("Location") == path);
    CHECK(isWireValue(response.header("Location")));
}
