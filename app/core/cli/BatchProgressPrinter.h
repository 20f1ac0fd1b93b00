#pragma once

#include "export/BatchExporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <cstdio>

// Batch progress on stderr: on a terminal one live bar redrawn in place, with failures printed
// above it; otherwise (a log, a pipe) one plain line per call. Then a summary.
class BatchProgressPrinter
{
    Q_DECLARE_TR_FUNCTIONS(BatchProgressPrinter)

public:
    explicit BatchProgressPrinter(FILE *stream = stderr);
    BatchProgressPrinter(FILE *stream, bool live); // for tests

    void itemFinished(const BatchExporter::ItemResult &result, int done, int total);
    void summary(const BatchExporter::Summary &summary);

    static QString bar(int done, int total, int width); // "[#####.....]"

private:
    void clearBar();
    void drawBar(int done, int total);

    QTextStream m_out;
    bool m_live;
    bool m_barShown = false;
    int m_saved = 0;
    int m_skipped = 0;
    int m_failed = 0;
    QElapsedTimer m_lastDraw;
};
