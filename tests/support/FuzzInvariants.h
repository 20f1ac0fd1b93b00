#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// The promises the fuzz targets check, shared with the Qt Test suites that replay the seed
// corpus and every input the fuzzers ever broke (tests/fuzz/corpus|regressions/TARGET/). Each
// function runs the code under test on one input and returns what went wrong, or an empty string.
namespace FuzzInvariants {

QString apiEndpoint(const QByteArray &input);
QString callDecoder(const QByteArray &input);
QString jsonEscapes(const QByteArray &input);
QString transcriptParser(const QByteArray &input);

// The saved inputs of one target: ("corpus/NAME" or "regressions/NAME", contents).
QList<QPair<QString, QByteArray>> savedInputs(const QString &target);

} // namespace FuzzInvariants
