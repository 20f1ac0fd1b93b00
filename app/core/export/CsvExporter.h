#pragma once

#include "alignment/Timeline.h"
#include "model/CallRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

// The transcript as CSV (RFC 4180): a header row, then one row per turn (number, speaker,
// text). UTF-8 with a byte-order mark and CRLF line ends so spreadsheets open it as it is;
// cells that a spreadsheet would run as a formula (= + - @ ...) get a leading apostrophe.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    // With a timeline, two more columns: start_ms and end_ms (empty where a turn was not placed).
    static QByteArray render(const CallRecord &call, const Timeline *timeline = nullptr);
    static QString field(QStringView text); // one cell, quoted when needed
};
