#include "review/ReviewTransfer.h"

#include "base/AtomicFileWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

// The contract's spelling ("needs_work"); the store's own key ("needs-work") is read too.
QString verdictJson(Review::Verdict verdict)
{
    return verdict == Review::Verdict::NeedsWork ? QStringLiteral("needs_work")
                                                 : Review::verdictKey(verdict);
}

std::optional<Review::Verdict> verdictFromJson(const QString &key)
{
    if (key == u"needs_work")
        return Review::Verdict::NeedsWork;
    return Review::verdictFromKey(key);
}

QString speakerJson(Speaker speaker)
{
    switch (speaker) {
    case Speaker::Bot:
        return QStringLiteral("bot");
    case Speaker::Human:
        return QStringLiteral("human");
    case Speaker::Unknown:
        break;
    }
    return QStringLiteral("");
}

// Reads one entry; false with *error (the path and what is wrong).
struct EntryReader
{
    QString path; // "$.reviews[3]"
    QString *error;

    bool fail(const QString &field, const QString &what) const
    {
        *error = path + (field.isEmpty() ? QString() : u'.' + field) + QStringLiteral(": ") + what;
        return false;
    }

    bool text(const QJsonObject &object, const QString &field, bool required, QString *out) const
    {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return fail(field, ReviewTransfer::tr("is missing"));
            return true;
        }
        if (!value.isString())
            return fail(field, ReviewTransfer::tr("must be a string"));
        *out = value.toString();
        if (required && out->trimmed().isEmpty())
            return fail(field, ReviewTransfer::tr("is empty"));
        return true;
    }

    bool flag(const QJsonValue &value, const QString &at, ReviewFlag *flag) const
    {
        EntryReader reader{path + at, error};
        if (!value.isObject())
            return reader.fail({}, ReviewTransfer::tr("must be an object"));
        const QJsonObject object = value.toObject();
        const QJsonValue turn = object.value(QStringLiteral("turn"));
        const double number = turn.toDouble(-1);
        // Numbered as in the window and in every other JSON the app writes: from 1.
        if (!turn.isDouble() || number < 1 || number > 1000000 || number != int(number))
            return reader.fail(QStringLiteral("turn"),
                               ReviewTransfer::tr("must be a whole number from 1 (turns are "
                                                  "numbered as in the window)"));
        flag->turnIndex = int(number) - 1;
        QString speaker;
        if (!reader.text(object, QStringLiteral("category"), true, &flag->category)
            || !reader.text(object, QStringLiteral("note"), false, &flag->comment)
            || !reader.text(object, QStringLiteral("quote"), false, &flag->quote)
            || !reader.text(object, QStringLiteral("speaker"), false, &speaker)) {
            return false;
        }
        if (speaker == u"bot")
            flag->speaker = Speaker::Bot;
        else if (speaker == u"human")
            flag->speaker = Speaker::Human;
        else if (!speaker.isEmpty())
            return reader.fail(QStringLiteral("speaker"),
                               ReviewTransfer::tr("must be \"bot\", \"human\" or \"\""));
        return true;
    }

    bool read(const QJsonValue &value, Review *review) const
    {
        if (!value.isObject())
            return fail({}, ReviewTransfer::tr("must be an object"));
        const QJsonObject object = value.toObject();
        QString verdict;
        QString updatedAt;
        if (!text(object, QStringLiteral("call_id"), true, &review->callId)
            || !text(object, QStringLiteral("reviewer"), true, &review->reviewer)
            || !text(object, QStringLiteral("verdict"), true, &verdict)
            || !text(object, QStringLiteral("summary"), false, &review->summary)
            || !text(object, QStringLiteral("updated_at"), false, &updatedAt)) {
            return false;
        }
        review->callId = review->callId.trimmed();
        review->reviewer = review->reviewer.trimmed();
        const std::optional<Review::Verdict> parsed = verdictFromJson(verdict);
        if (!parsed)
            return fail(QStringLiteral("verdict"),
                        ReviewTransfer::tr("must be one of pass, needs_work, fail, none (got "
                                           "\"%1\")")
                            .arg(verdict.left(40)));
        review->verdict = *parsed;
        const QJsonValue score = object.value(QStringLiteral("score"));
        if (!score.isUndefined() && !score.isNull()) {
            const double number = score.toDouble(-1);
            if (!score.isDouble() || number < Review::minScore || number > Review::maxScore
                || number != int(number)) {
                return fail(QStringLiteral("score"),
                            ReviewTransfer::tr("must be a whole number from %1 to %2, or null")
                                .arg(Review::minScore)
                                .arg(Review::maxScore));
            }
            review->score = int(number);
        }
        if (!updatedAt.isEmpty()) {
            review->reviewedAt = QDateTime::fromString(updatedAt, Qt::ISODateWithMs).toUTC();
            if (!review->reviewedAt.isValid())
                return fail(QStringLiteral("updated_at"),
                            ReviewTransfer::tr("must be an ISO-8601 time"));
        }
        const QJsonValue flags = object.value(QStringLiteral("flags"));
        if (flags.isUndefined() || flags.isNull())
            return true;
        if (!flags.isArray())
            return fail(QStringLiteral("flags"), ReviewTransfer::tr("must be an array"));
        const QJsonArray list = flags.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            ReviewFlag one;
            if (!flag(list.at(i), QStringLiteral(".flags[%1]").arg(i), &one))
                return false;
            review->flags.append(one);
        }
        return true;
    }
};

} // namespace

std::optional<QList<Review>> ReviewTransfer::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("$: not valid JSON at byte %1 (%2)")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("$: must be an object {\"reviews\": [...]}");
        return std::nullopt;
    }
    const QJsonValue reviews = document.object().value(QStringLiteral("reviews"));
    if (!reviews.isArray()) {
        *error = tr("$.reviews: must be an array");
        return std::nullopt;
    }
    QList<Review> result;
    QSet<QString> seen;
    const QJsonArray list = reviews.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.reviews[%1]").arg(i);
        Review review;
        if (!EntryReader{path, error}.read(list.at(i), &review))
            return std::nullopt;
        // One review per call and reviewer in the database: two entries for one pair would
        // overwrite each other inside one import.
        const QString key = review.callId + QChar(u'\0') + review.reviewer;
        if (seen.contains(key)) {
            *error = tr("%1.call_id: \"%2\" by \"%3\" appears twice in the file")
                         .arg(path, review.callId.left(80), review.reviewer.left(80));
            return std::nullopt;
        }
        seen.insert(key);
        result.append(review);
    }
    return result;
}

QJsonObject ReviewTransfer::toJson(const QList<Review> &reviews)
{
    QJsonArray list;
    for (const Review &review : reviews) {
        QJsonArray flags;
        for (const ReviewFlag &flag : review.flags) {
            flags.append(QJsonObject{{QStringLiteral("turn"), flag.turnIndex + 1},
                                     {QStringLiteral("category"), flag.category},
                                     {QStringLiteral("note"), flag.comment},
                                     {QStringLiteral("speaker"), speakerJson(flag.speaker)},
                                     {QStringLiteral("quote"), flag.quote}});
        }
        list.append(QJsonObject{
            {QStringLiteral("call_id"), review.callId},
            {QStringLiteral("reviewer"), review.reviewer},
            {QStringLiteral("verdict"), verdictJson(review.verdict)},
            {QStringLiteral("score"),
             review.score ? QJsonValue(*review.score) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("summary"), review.summary},
            {QStringLiteral("updated_at"),
             review.reviewedAt.isValid() ? review.reviewedAt.toUTC().toString(Qt::ISODateWithMs)
                                         : QString()},
            {QStringLiteral("flags"), flags},
            {QStringLiteral("version"), review.version},
        });
    }
    return {{QStringLiteral("reviews"), list}};
}

ReviewTransfer::Outcome ReviewTransfer::importFile(ReviewStore &store, const QString &path)
{
    Outcome outcome;
    const auto fail = [&outcome](ErrorKind kind, const QString &message) {
        outcome.kind = kind;
        outcome.message = message;
        return outcome;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::ReadFailure, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxFileBytes)
        return fail(ErrorKind::InvalidInput,
                    tr("%1: larger than %2 MB").arg(path).arg(maxFileBytes / (1024 * 1024)));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorKind::ReadFailure, tr("Cannot read %1: %2").arg(path, file.errorString()));
    QString error;
    const std::optional<QList<Review>> reviews = fromJson(data, &error);
    if (!reviews)
        return fail(ErrorKind::InvalidInput, tr("%1: %2 (nothing was imported)").arg(path, error));
    outcome.counts = store.importReviews(*reviews, &error);
    if (!outcome.counts)
        return fail(ErrorKind::DatabaseFailure, error);
    return outcome;
}

ReviewTransfer::Outcome ReviewTransfer::exportFile(const ReviewStore &store, const QString &path)
{
    Outcome outcome;
    const QList<Review> reviews = store.allReviews();
    QString error;
    if (!AtomicFileWriter::write(
            path, QJsonDocument(toJson(reviews)).toJson(QJsonDocument::Indented), &error)) {
        outcome.kind = ErrorKind::WriteFailure;
        outcome.message = error;
        return outcome;
    }
    outcome.exported = int(reviews.size());
    return outcome;
}
