#include "scorecards/ScorecardPath.h"

namespace {

bool isPlainKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
        if (!plain)
            return false;
    }
    return true;
}

} // namespace

namespace ScorecardPath {

QString key(const QString &where, const QString &key)
{
    if (!isPlainKey(key)) {
        QString quoted = key;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return where + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
    }
    return where.isEmpty() ? key : where + u'.' + key;
}

QString index(const QString &where, qsizetype index)
{
    return where + u'[' + QString::number(index) + u']';
}

} // namespace ScorecardPath
