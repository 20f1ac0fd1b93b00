#pragma once

#include <QString>

// JSON paths as the scorecard errors print them: `groups[1].questions[0].type`, and
// `answers["greeting 2"]` for a key that is not a plain identifier (so a question id with a dot
// or a space still reads unambiguously).
namespace ScorecardPath {
QString key(const QString &where, const QString &key);
QString index(const QString &where, qsizetype index);
} // namespace ScorecardPath
