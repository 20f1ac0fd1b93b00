#pragma once

#include "review/Review.h"
#include "scorecards/ScorecardReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A review report for one call or a whole queue, with every flagged turn quoted:
// Markdown, HTML (every stored text escaped) and CSV (RFC 4180, one row per call: ID, verdict,
// score, flags by category, reviewer, date, summary, then, when any call's timing is known,
// the assistant's P90 latency and the barge-ins). PDF is ReviewPdfExporter (it needs QtGui), which
// prints html().
//
// timing: what the recording told of each call (the window fills it from CallTimingIndex; the
// review folder cannot include timing/, which includes findings/); a call aligned once shows
// the assistant's P90 response time and the barge-in count, others nothing (CSV: empty).
// A call with a scorecard (extras.scorecards, by call ID) gets its section after the summary
// (ScorecardReport); the CSV then adds the scorecard columns. PDF is ReviewPdfExporter (it needs
// QtGui), which prints html().
class ReviewReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReportExporter)

public:
    enum class Format { Markdown, Html, Csv, Pdf };

    // From the file name's suffix (.md, .markdown, .html, .htm, .csv, .pdf).
    static std::optional<Format> formatForPath(const QString &path);

    struct Timing
    {
        qint64 assistantP90Ms = -1; // -1: no answer of the assistant measured
        int bargeIns = 0;
        int assistantBargeIns = 0;
    };
    using CallTiming = QHash<QString, Timing>; // call ID -> its timing

    // What a report may add to the reviews, each by call ID. Implicit from either part, so a
    // caller with only timings or only scorecards passes that.
    struct Extras
    {
        Extras() = default;
        Extras(CallTiming callTiming)
            : timing(std::move(callTiming))
        { }
        Extras(ScorecardReport::Evaluations evaluations)
            : scorecards(std::move(evaluations))
        { }
        CallTiming timing;
        ScorecardReport::Evaluations scorecards;
    };

    static QString markdown(const QList<Review> &reviews, const Extras &extras = {});
    static QString html(const QList<Review> &reviews, const Extras &extras = {});
    // categories give the order of the flag columns; categories found only in flags follow.
    static QString csv(const QList<Review> &reviews, const QStringList &categories,
                       const Extras &extras = {});

    // Markdown, HTML or CSV through AtomicFileWriter (Pdf: use ReviewPdfExporter).
    static bool write(const QString &path, Format format, const QList<Review> &reviews,
                      const QStringList &categories, QString *error, const Extras &extras = {});

    // "1.2 s" and "3 (2 by the assistant)" for a report; empty when unknown.
    static QString p90Text(const Timing &timing);
    static QString bargeInsText(const Timing &timing);

    static QString title(const QList<Review> &reviews);
    static QString timeText(const QDateTime &utc); // "2026-11-25 20:31 UTC"
};
