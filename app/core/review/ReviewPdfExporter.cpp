#include "review/ReviewPdfExporter.h"

#include "base/AtomicFileWriter.h"
#include "review/ReviewReportExporter.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

QByteArray ReviewPdfExporter::render(const QList<Review> &reviews,
                                     const ReviewReportExporter::Extras &extras)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(ReviewReportExporter::title(reviews));
        writer.setCreator(QStringLiteral("Call Review"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        document.setHtml(ReviewReportExporter::html(reviews, extras));
        document.print(&writer);
    } // the writer finishes the file when destroyed
    return pdf;
}

bool ReviewPdfExporter::write(const QString &path, const QList<Review> &reviews, QString *error,
                              const ReviewReportExporter::Extras &extras)
{
    return AtomicFileWriter::write(path, render(reviews, extras), error);
}
