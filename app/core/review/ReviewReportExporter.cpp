#include "review/ReviewReportExporter.h"

#include "base/AtomicFileWriter.h"
#include "format/CallFormatting.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace {

// Inline text: emphasis, code, links and HTML stay literal; a line cannot start a heading, a
// list or a quote.
QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|~").contains(c))
            out += u'\\';
        out += c;
    }
    qsizetype first = 0;
    while (first < out.size() && out.at(first).isSpace())
        ++first;
    qsizetype digits = first;
    while (digits < out.size() && out.at(digits).isDigit())
        ++digits;
    if (first < out.size() && QStringView(u"#+-=").contains(out.at(first)))
        out.insert(first, u'\\');
    else if (digits > first && digits < out.size() && QStringView(u".)").contains(out.at(digits)))
        out.insert(digits, u'\\');
    return out;
}

// Every line as a Markdown quote, so a turn cannot start a heading or a list.
QString markdownQuote(const QString &text)
{
    QString out;
    for (const QStringView line : QStringView(text).tokenize(u'\n'))
        out += QStringLiteral("> ") + escapeMarkdown(line.toString()) + u'\n';
    return out;
}

QString csvField(QString value)
{
    // A cell starting with = + - @ would run as a formula in a spreadsheet.
    if (!value.isEmpty() && QStringView(u"=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')) {
        value.replace(u'"', QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}

QString scoreText(const Review &review)
{
    return review.score ? QString::number(*review.score) : QString();
}

// "[1:23]", "[1:02:03]": as TimestampFormat::turnLabel writes it (timing/ depends on review/
// through findings/, so review/ keeps its own copy of these few lines).
QString timeLabel(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const auto two = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    QString clock;
    if (seconds >= 3600)
        clock = QString::number(seconds / 3600) + u':' + two(seconds / 60 % 60) + u':'
            + two(seconds % 60);
    else
        clock = QString::number(seconds / 60) + u':' + two(seconds % 60);
    return u'[' + clock + u']';
}

// "[1:23] Turn 4 · Caller" when the call was aligned, else "Turn 4 · Caller".
QString turnLabel(const ReviewFlag &flag)
{
    const QString label = ReviewReportExporter::tr("Turn %1 · %2")
                              .arg(flag.turnIndex + 1)
                              .arg(CallFormatting::speakerName(flag.speaker));
    return flag.startMs >= 0 ? timeLabel(flag.startMs) + u' ' + label : label;
}

bool anyFlagTimed(const QList<Review> &reviews)
{
    for (const Review &review : reviews) {
        for (const ReviewFlag &flag : review.flags) {
            if (flag.startMs >= 0)
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<ReviewReportExporter::Format> ReviewReportExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QString ReviewReportExporter::title(const QList<Review> &reviews)
{
    return reviews.size() == 1 ? tr("Review of call %1").arg(reviews.constFirst().callId)
                               : tr("Review report: %n calls", nullptr, int(reviews.size()));
}

QString ReviewReportExporter::timeText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                         : QString();
}

QString ReviewReportExporter::p90Text(const Timing &entry)
{
    return entry.assistantP90Ms == -1
        ? tr("no answer measured")
        //: A duration in seconds, e.g. "2.4 s"
        : tr("%1 s").arg(QLocale().toString(double(entry.assistantP90Ms) / 1000.0, 'f', 1));
}

QString ReviewReportExporter::bargeInsText(const Timing &entry)
{
    return tr("%1 (%2 by the assistant)").arg(entry.bargeIns).arg(entry.assistantBargeIns);
}

QString ReviewReportExporter::markdown(const QList<Review> &reviews, const Extras &extras)
{
    const CallTiming &timing = extras.timing;
    const ScorecardReport::Evaluations &scorecards = extras.scorecards;
    QString out = QStringLiteral("# ") + escapeMarkdown(title(reviews)) + QStringLiteral("\n\n");
    for (const Review &review : reviews) {
        if (reviews.size() > 1)
            out +=
                QStringLiteral("## ") + escapeMarkdown(tr("Call %1").arg(review.callId)) + u"\n\n";
        out += QStringLiteral("- **%1** %2\n")
                   .arg(tr("Verdict:"), Review::verdictName(review.verdict));
        out +=
            QStringLiteral("- **%1** %2\n")
                .arg(tr("Score:"), review.score ? tr("%1 of 100").arg(*review.score) : tr("none"));
        out +=
            QStringLiteral("- **%1** %2\n")
                .arg(tr("Reviewer:"),
                     escapeMarkdown(review.reviewer.isEmpty() ? tr("not given") : review.reviewer));
        out += QStringLiteral("- **%1** %2\n")
                   .arg(tr("Reviewed:"),
                        review.reviewedAt.isValid() ? timeText(review.reviewedAt) : tr("not yet"));
        // Our own words and numbers: nothing to escape ("1.8 s" is no list marker mid-line).
        if (const auto known = timing.constFind(review.callId); known != timing.cend()) {
            out += QStringLiteral("- **%1** %2\n")
                       .arg(tr("Assistant's P90 latency:"), p90Text(*known));
            out += QStringLiteral("- **%1** %2\n").arg(tr("Barge-ins:"), bargeInsText(*known));
        }
        out += u'\n';
        if (!review.summary.trimmed().isEmpty()) {
            for (const QStringView line : QStringView(review.summary).tokenize(u'\n'))
                out += escapeMarkdown(line.toString()) + u"  \n";
            out += u'\n';
        }
        if (const auto scorecard = scorecards.constFind(review.callId);
            scorecard != scorecards.cend()) {
            out += ScorecardReport::markdown(
                *scorecard, reviews.size() > 1 ? QStringLiteral("###") : QStringLiteral("##"));
        }
        const QString heading = reviews.size() > 1 ? QStringLiteral("### ") : QStringLiteral("## ");
        out += heading + tr("Flags (%1)").arg(review.flags.size()) + u"\n\n";
        if (review.flags.isEmpty())
            out += tr("No turns flagged.") + u"\n\n";
        for (const ReviewFlag &flag : review.flags) {
            out +=
                QStringLiteral("**%1 — %2**").arg(turnLabel(flag), escapeMarkdown(flag.category));
            if (!flag.comment.isEmpty())
                out += QStringLiteral(": ") + escapeMarkdown(flag.comment.simplified());
            out += u"\n\n";
            if (!flag.quote.isEmpty())
                out += markdownQuote(flag.quote) + u'\n';
        }
    }
    return out;
}

QString ReviewReportExporter::html(const QList<Review> &reviews, const Extras &extras)
{
    const CallTiming &timing = extras.timing;
    const ScorecardReport::Evaluations &scorecards = extras.scorecards;
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    const auto multiline = [&esc](const QString &text) {
        return esc(text).replace(u'\n', QStringLiteral("<br>"));
    };
    QString out =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
            "<style>body{font-family:sans-serif;max-width:50em;margin:auto}"
            "blockquote{border-left:3px solid #999;margin:0.3em 0 1em 0;padding-left:0.8em;"
            "color:#333}th{text-align:left;padding-right:1em}</style></head><body>\n"
            "<h1>%1</h1>\n")
            .arg(esc(title(reviews)));
    for (const Review &review : reviews) {
        if (reviews.size() > 1)
            out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Call %1").arg(review.callId)));
        out += QStringLiteral("<table>\n");
        const auto row = [&](const QString &label, const QString &value) {
            out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(label), esc(value));
        };
        row(tr("Verdict"), Review::verdictName(review.verdict));
        row(tr("Score"), review.score ? tr("%1 of 100").arg(*review.score) : tr("none"));
        row(tr("Reviewer"), review.reviewer.isEmpty() ? tr("not given") : review.reviewer);
        row(tr("Reviewed"),
            review.reviewedAt.isValid() ? timeText(review.reviewedAt) : tr("not yet"));
        if (const auto known = timing.constFind(review.callId); known != timing.cend()) {
            row(tr("Assistant's P90 latency"), p90Text(*known));
            row(tr("Barge-ins"), bargeInsText(*known));
        }
        out += QStringLiteral("</table>\n");
        if (!review.summary.trimmed().isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(multiline(review.summary));
        if (const auto scorecard = scorecards.constFind(review.callId);
            scorecard != scorecards.cend()) {
            out += ScorecardReport::html(*scorecard);
        }
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Flags (%1)").arg(review.flags.size())));
        if (review.flags.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No turns flagged.")));
        for (const ReviewFlag &flag : review.flags) {
            out +=
                QStringLiteral("<p><b>%1 — %2</b>").arg(esc(turnLabel(flag)), esc(flag.category));
            if (!flag.comment.isEmpty())
                out += QStringLiteral(": ") + multiline(flag.comment);
            out += QStringLiteral("</p>\n");
            if (!flag.quote.isEmpty())
                out += QStringLiteral("<blockquote>%1</blockquote>\n").arg(multiline(flag.quote));
        }
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

QString ReviewReportExporter::csv(const QList<Review> &reviews, const QStringList &categories,
                                  const Extras &extras)
{
    const CallTiming &timing = extras.timing;
    const ScorecardReport::Evaluations &scorecards = extras.scorecards;
    QStringList columns = categories;
    for (const Review &review : reviews) {
        for (const ReviewFlag &flag : review.flags) {
            if (!columns.contains(flag.category))
                columns.append(flag.category);
        }
    }
    QStringList header{tr("Call ID"), tr("Verdict"), tr("Score")};
    for (const QString &category : std::as_const(columns))
        header.append(category);
    header << tr("Flags") << tr("Reviewer") << tr("Reviewed at (UTC)") << tr("Summary");
    // The timing columns come last, and only when some call was aligned: scripts reading the
    // earlier columns by position still work.
    const bool timed = !timing.isEmpty();
    if (timed)
        header << tr("Assistant P90 latency (ms)") << tr("Barge-ins");
    // Only an aligned call has times: the column is there when some flag has one.
    const bool flagsTimed = anyFlagTimed(reviews);
    if (flagsTimed)
        header << tr("Flag times");
    if (!scorecards.isEmpty()) // the scorecard columns only when a call has one
        header += ScorecardReport::csvHeader();

    const auto line = [](const QStringList &fields) -> QString {
        QString text;
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += u',';
            text += csvField(fields.at(i));
        }
        return text + QStringLiteral("\r\n");
    };
    QString out = line(header);
    for (const Review &review : reviews) {
        QHash<QString, int> counts;
        for (const ReviewFlag &flag : review.flags)
            ++counts[flag.category];
        QStringList fields{review.callId,
                           review.verdict == Review::Verdict::None
                               ? QString()
                               : Review::verdictKey(review.verdict),
                           scoreText(review)};
        for (const QString &category : std::as_const(columns))
            fields.append(QString::number(counts.value(category)));
        fields << QString::number(review.flags.size()) << review.reviewer
               << (review.reviewedAt.isValid() ? review.reviewedAt.toUTC().toString(Qt::ISODate)
                                               : QString())
               << review.summary;
        if (timed) {
            const auto known = timing.constFind(review.callId);
            const bool measured = known != timing.cend() && known->assistantP90Ms != -1;
            fields << (measured ? QString::number(known->assistantP90Ms) : QString())
                   << (known != timing.cend() ? QString::number(known->bargeIns) : QString());
        }
        if (flagsTimed) {
            QStringList times; // "[1:23] Tone; [2:05] Rude"
            for (const ReviewFlag &flag : review.flags) {
                if (flag.startMs >= 0)
                    times << timeLabel(flag.startMs) + u' ' + flag.category;
            }
            fields << times.join(QStringLiteral("; "));
        }
        if (!scorecards.isEmpty()) {
            const auto scorecard = scorecards.constFind(review.callId);
            fields +=
                ScorecardReport::csvFields(scorecard == scorecards.cend() ? nullptr : &*scorecard);
        }
        out += line(fields);
    }
    return out;
}

bool ReviewReportExporter::write(const QString &path, Format format, const QList<Review> &reviews,
                                 const QStringList &categories, QString *error,
                                 const Extras &extras)
{
    QString text;
    switch (format) {
    case Format::Markdown:
        text = markdown(reviews, extras);
        break;
    case Format::Html:
        text = html(reviews, extras);
        break;
    case Format::Csv:
        text = csv(reviews, categories, extras);
        break;
    case Format::Pdf:
        if (error)
            *error = tr("PDF reports are written by ReviewPdfExporter.");
        return false;
    }
    return AtomicFileWriter::write(path, text.toUtf8(), error);
}
