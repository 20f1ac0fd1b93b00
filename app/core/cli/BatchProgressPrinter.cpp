#include "cli/BatchProgressPrinter.h"

#include "format/CallFormatting.h"

#include <QDir>

#include <unistd.h>

BatchProgressPrinter::BatchProgressPrinter(FILE *stream)
    : BatchProgressPrinter(stream, isatty(fileno(stream)) == 1)
{ }

BatchProgressPrinter::BatchProgressPrinter(FILE *stream, bool live)
    : m_out(stream)
    , m_live(live)
{ }

QString BatchProgressPrinter::bar(int done, int total, int width)
{
    const int filled = total > 0 ? int(qint64(done) * width / total) : width;
    return u'[' + QString(filled, u'#') + QString(width - filled, u'.') + u']';
}

void BatchProgressPrinter::clearBar()
{
    if (m_barShown)
        m_out << "\r\x1b[2K"; // to the line start, erase it
    m_barShown = false;
}

void BatchProgressPrinter::drawBar(int done, int total)
{
    m_out << '\r' << bar(done, total, 30) << ' '
          << tr("%1/%2 · saved %3 · skipped %4 · failed %5")
                 .arg(done)
                 .arg(total)
                 .arg(m_saved)
                 .arg(m_skipped)
                 .arg(m_failed)
          << "\x1b[K";
    m_out.flush();
    m_barShown = true;
    m_lastDraw.start();
}

void BatchProgressPrinter::itemFinished(const BatchExporter::ItemResult &result, int done,
                                        int total)
{
    using Outcome = BatchExporter::Outcome;
    m_saved += result.outcome == Outcome::Saved ? 1 : 0;
    m_skipped += result.outcome == Outcome::Skipped ? 1 : 0;
    m_failed += result.outcome == Outcome::Failed ? 1 : 0;
    const QString counter = QStringLiteral("[%1/%2] ").arg(done).arg(total);
    if (m_live) {
        if (result.outcome == Outcome::Failed) {
            clearBar();
            m_out << "callreview: " << tr("%1 failed: %2").arg(result.callId, result.reason)
                  << '\n';
        }
        // Redrawing on every item of a fast batch would only flood the terminal.
        if (!m_barShown || done == total || !m_lastDraw.isValid() || m_lastDraw.elapsed() >= 100)
            drawBar(done, total);
        return;
    }
    switch (result.outcome) {
    case Outcome::Saved:
        m_out << counter << tr("saved %1").arg(QDir::toNativeSeparators(result.path));
        if (!result.timingProblem.isEmpty())
            m_out << ' ' << tr("(without times: %1)").arg(result.timingProblem);
        m_out << '\n';
        break;
    case Outcome::Skipped:
        m_out << counter
              << tr("skipped %1 (already saved; --force overwrites)")
                     .arg(QDir::toNativeSeparators(result.path))
              << '\n';
        break;
    case Outcome::Failed:
        m_out << counter << tr("failed %1: %2").arg(result.callId, result.reason) << '\n';
        break;
    }
    m_out.flush();
}

void BatchProgressPrinter::summary(const BatchExporter::Summary &summary)
{
    clearBar();
    m_out << tr("Done: %1 saved, %2 skipped (already saved), %3 failed.")
                 .arg(summary.saved)
                 .arg(summary.skipped)
                 .arg(summary.failed);
    if (summary.canceled)
        m_out << ' '
              << (summary.notStarted == 1 ? tr("Canceled: 1 call not done.")
                                          : tr("Canceled: %1 calls not done.")
                                                .arg(CallFormatting::count(summary.notStarted)));
    m_out << '\n';
    if (!summary.untimed.isEmpty()) {
        m_out << tr("Saved without turn times (no usable recording): %1.")
                     .arg(CallFormatting::count(int(summary.untimed.size())))
              << '\n';
        for (const BatchExporter::ItemResult &untimed : summary.untimed)
            m_out << "  " << untimed.callId << ": " << untimed.timingProblem << '\n';
    }
    for (const BatchExporter::ItemResult &failure : summary.failures)
        m_out << "  " << failure.callId << ": " << failure.reason << '\n';
    if (summary.failed > 0)
        m_out << tr("Run the same command again to retry the failed calls; saved ones are "
                    "skipped.")
              << '\n';
    m_out.flush();
}
