#pragma once

#include "review/Review.h"
#include "review/ReviewReportExporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// The review report as PDF: ReviewReportExporter::html() laid out by QTextDocument and printed
// with QPdfWriter (QtGui, so it lives outside the widget-free core).
class ReviewPdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPdfExporter)

public:
    static QByteArray render(const QList<Review> &reviews,
                             const ReviewReportExporter::Extras &extras = {});
    static bool write(const QString &path, const QList<Review> &reviews, QString *error,
                      const ReviewReportExporter::Extras &extras = {});
};
