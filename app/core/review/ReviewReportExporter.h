#pragma once

#include "review/Review.h"
#include "scorecards/ScorecardReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A review report for one call or a whole queue, with every flagged turn quoted:
// Markdown, HTML (every stored text escaped) and CSV (RFC 4180, one row per call: ID, verdict,
// score, flags by category, reviewer, date, summary; when a call in the report has a scorecard,
// then its form, score, critical score and failed fatal questions). A call with a scorecard
// (scorecards, by call ID) gets its section after the summary (ScorecardReport). PDF is
// ReviewPdfExporter (it needs QtGui), which prints html().
class ReviewReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReportExporter)

public:
    enum class Format { Markdown, Html, Csv, Pdf };

    // From the file name's suffix (.md, .markdown, .html, .htm, .csv, .pdf).
    static std::optional<Format> formatForPath(const QString &path);

    static QString markdown(const QList<Review> &reviews,
                            const ScorecardReport::Evaluations &scorecards = {});
    static QString html(const QList<Review> &reviews,
                        const ScorecardReport::Evaluations &scorecards = {});
    // categories give the order of the flag columns; categories found only in flags follow.
    static QString csv(const QList<Review> &reviews, const QStringList &categories,
                       const ScorecardReport::Evaluations &scorecards = {});

    // Markdown, HTML or CSV through AtomicFileWriter (Pdf: use ReviewPdfExporter).
    static bool write(const QString &path, Format format, const QList<Review> &reviews,
                      const QStringList &categories, QString *error,
                      const ScorecardReport::Evaluations &scorecards = {});

    static QString title(const QList<Review> &reviews);
    static QString timeText(const QDateTime &utc); // "2026-11-25 20:31 UTC"
};
