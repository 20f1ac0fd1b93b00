// libFuzzer target: ApiEndpoint on arbitrary text. Whatever a user types or pastes, a call
// URL is exactly {base}/calls/{one segment}, and a base that is accepted cannot leak the key.
#include "ApiEndpoint.h"

#include <cstdint>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString extracted = ApiEndpoint::extractCallId(input);
    check(extracted.isEmpty() || ApiEndpoint::isValidCallId(extracted));
    if (ApiEndpoint::isValidCallId(input)) {
        static const QUrl base(QStringLiteral("https://api.anunzi.net/v2"));
        const QUrl url = ApiEndpoint::callUrl(base, input);
        check(url.isValid() && !url.hasQuery() && !url.hasFragment());
        check(ApiEndpoint::sameOrigin(url, base));
        check(url.path(QUrl::FullyEncoded) == QStringLiteral("/v2/calls/") + input);
        check(url.path(QUrl::FullyDecoded) == QStringLiteral("/v2/calls/") + input);
        check(url.adjusted(QUrl::NormalizePathSegments) == url); // nothing for Qt to resolve
    }

    QString error;
    const QUrl base = ApiEndpoint::parseBase(input, &error);
    if (base.isValid()) {
        const QString scheme = base.scheme();
        check(scheme == u"https"
              || (scheme == u"http" && ApiEndpoint::isLoopbackHost(base.host())));
        check(base.userInfo().isEmpty() && !base.hasQuery() && !base.hasFragment());
        check(!base.host().isEmpty() && !base.path().endsWith(u'/'));
    } else {
        check(!error.isEmpty());
    }
    return 0;
}
