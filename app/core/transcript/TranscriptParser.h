#pragma once

#include "model/Turn.h"

#include <QList>
#include <QStringView>

// Splits an Anunzi transcript ("bot: ...\nhuman: ...") into turns.
//
// A label is "bot" or "human" (any case) at the start of a line, optionally after spaces,
// followed directly by ':'. Consecutive lines of one speaker join into one turn; a line
// without a label continues the previous turn; blank lines and CR are dropped.
namespace TranscriptParser {
QList<Turn> parse(QStringView transcript);
QString speakerLabel(Speaker speaker); // "bot", "human" as in the API
} // namespace TranscriptParser
