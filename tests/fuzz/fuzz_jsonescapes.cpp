// libFuzzer target, differential: QJsonDocument must read the same document (or fail) from
// any input and from JsonEscapes::simplified() of it — the decoder's speed-up changes nothing.
#include "JsonEscapes.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray simplified = JsonEscapes::simplified(json);
    if (simplified.size() > json.size())
        std::abort();
    QJsonParseError originalError;
    QJsonParseError simplifiedError;
    const QJsonDocument original = QJsonDocument::fromJson(json, &originalError);
    const QJsonDocument fast = QJsonDocument::fromJson(simplified, &simplifiedError);
    if ((originalError.error == QJsonParseError::NoError)
        != (simplifiedError.error == QJsonParseError::NoError))
        std::abort();
    if (original != fast)
        std::abort();
    return 0;
}
