#include "FuzzInvariants.h"

#include "api/ApiEndpoint.h"
#include "api/CallDecoder.h"
#include "base/JsonEscapes.h"
#include "net/Origin.h"
#include "transcript/TranscriptParser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

qsizetype visibleCount(QStringView text)
{
    qsizetype n = 0;
    for (QChar c : text)
        n += c.isSpace() ? 0 : 1;
    return n;
}

} // namespace

namespace FuzzInvariants {

QString apiEndpoint(const QByteArray &bytes)
{
    const QString input = QString::fromUtf8(bytes);
    const QString extracted = ApiEndpoint::extractCallId(input);
    if (!extracted.isEmpty() && !ApiEndpoint::isValidCallId(extracted))
        return QStringLiteral("extractCallId returned an invalid ID: ") + extracted;
    if (ApiEndpoint::isValidCallId(input)) {
        const QUrl base(QStringLiteral("https://api.anunzi.net/v2"));
        const QUrl url = ApiEndpoint::callUrl(base, input);
        const QString expectedPath = QStringLiteral("/v2/calls/") + input;
        if (!url.isValid() || url.hasQuery() || url.hasFragment() || !Origin::same(url, base))
            return QStringLiteral("callUrl left the endpoint: ") + url.toString();
        if (url.path(QUrl::FullyEncoded) != expectedPath
            || url.path(QUrl::FullyDecoded) != expectedPath)
            return QStringLiteral("callUrl path is not one plain segment: ")
                + url.path(QUrl::FullyEncoded);
        if (url.adjusted(QUrl::NormalizePathSegments) != url)
            return QStringLiteral("callUrl path has segments Qt would resolve");
    }
    QString error;
    const QUrl base = ApiEndpoint::parseBase(input, &error);
    if (!base.isValid())
        return error.isEmpty() ? QStringLiteral("parseBase refused without a reason") : QString();
    const QString scheme = base.scheme();
    if (scheme != u"https" && !(scheme == u"http" && Origin::isLoopbackHost(base.host())))
        return QStringLiteral("parseBase accepted an insecure base: ") + base.toString();
    if (!base.userInfo().isEmpty() || base.hasQuery() || base.hasFragment() || base.host().isEmpty()
        || base.path().endsWith(u'/'))
        return QStringLiteral("parseBase accepted a base with extra parts: ") + base.toString();
    return {};
}

QString callDecoder(const QByteArray &input)
{
    const CallDecoder::Result result = CallDecoder::decodeResponse(input);
    if (!result.ok())
        return result.error.isEmpty() ? QStringLiteral("failed without a reason") : QString();
    const CallRecord &call = *result.call;
    if (!result.error.isEmpty())
        return QStringLiteral("an error on success");
    if (call.callId.trimmed().isEmpty())
        return QStringLiteral("a call without an ID");
    if (call.durationSeconds < 0)
        return QStringLiteral("a negative duration");
    if (call.turns != TranscriptParser::parse(call.transcript))
        return QStringLiteral("turns do not match the transcript");
    return transcriptParser(call.transcript.toUtf8());
}

QString jsonEscapes(const QByteArray &input)
{
    const QByteArray simplified = JsonEscapes::simplified(input);
    if (simplified.size() > input.size())
        return QStringLiteral("simplified() grew the input");
    QJsonParseError originalError;
    QJsonParseError simplifiedError;
    const QJsonDocument original = QJsonDocument::fromJson(input, &originalError);
    const QJsonDocument fast = QJsonDocument::fromJson(simplified, &simplifiedError);
    if ((originalError.error == QJsonParseError::NoError)
        != (simplifiedError.error == QJsonParseError::NoError))
        return QStringLiteral("one form parses, the other does not");
    if (original != fast)
        return QStringLiteral("the two forms give different documents");
    return {};
}

QString transcriptParser(const QByteArray &bytes)
{
    const QString transcript = QString::fromUtf8(bytes);
    const QList<Turn> turns = TranscriptParser::parse(transcript);
    qsizetype visibleInTurns = 0;
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const Turn &turn = turns.at(i);
        const QString where = QStringLiteral(" (turn %1)").arg(i);
        if (turn.text.isEmpty())
            return QStringLiteral("an empty turn") + where;
        if (turn.speaker == Speaker::Unknown && i != 0)
            return QStringLiteral("an unlabeled turn after the first") + where;
        if (i > 0 && turn.speaker == turns.at(i - 1).speaker)
            return QStringLiteral("two consecutive turns of one speaker") + where;
        for (QStringView line : QStringView(turn.text).split(u'\n')) {
            if (line.isEmpty() || line.trimmed().size() != line.size())
                return QStringLiteral("a blank or untrimmed line") + where;
        }
        visibleInTurns += visibleCount(turn.text);
    }
    // Only labels ("human:" has the most visible characters, 6) may disappear.
    const qsizetype visibleInInput = visibleCount(transcript);
    if (visibleInTurns > visibleInInput)
        return QStringLiteral("text was invented");
    if (visibleInInput - visibleInTurns > (transcript.count(u'\n') + 1) * 6)
        return QStringLiteral("text was lost");
    return {};
}

QList<QPair<QString, QByteArray>> savedInputs(const QString &target)
{
    QList<QPair<QString, QByteArray>> inputs;
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        const QDir dir(QStringLiteral(CALLREVIEW_FUZZ_DIR "/") + kind + u'/' + target);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                inputs.append({kind + u'/' + name, file.readAll()});
        }
    }
    return inputs;
}

} // namespace FuzzInvariants
