#pragma once

#include "alignment/Timeline.h"
#include "model/CallRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;

// The call as a paginated document: a header with the call's fields, the transcript with each
// speaker's turns styled apart, and "Call … · page n of N" at the foot of every page. Text is
// laid out by Qt (HarfBuzz shaping, bidirectional text, font fallback), so Arabic and CJK come
// out right when fonts covering them are installed (fonts-noto-core, fonts-noto-cjk).
//
// Needs a QGuiApplication (fonts); the command line creates one on the offscreen platform.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    // A PDF on A4, or Letter where the locale's territory uses it. Empty + *error on failure.
    // With a timeline, each turn's name line carries its time ("[1:23] Assistant").
    static QByteArray render(const CallRecord &call, const QLocale &locale, QString *error,
                             const Timeline *timeline = nullptr);

    // Paints onto any paged device (QPdfWriter, QPrinter) with the device's page layout.
    static bool paint(const CallRecord &call, QPagedPaintDevice *device, QString *error,
                      const Timeline *timeline = nullptr);

    static bool usesLetterPaper(const QLocale &locale);
    static bool canRender(QString *error); // false without a QGuiApplication
};
