#include "review/Review.h"

QString Review::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::NeedsWork:
        return QStringLiteral("needs-work");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Review::Verdict> Review::verdictFromKey(const QString &key)
{
    for (const Verdict verdict :
         {Verdict::None, Verdict::Pass, Verdict::NeedsWork, Verdict::Fail}) {
        if (key == verdictKey(verdict))
            return verdict;
    }
    return std::nullopt;
}

QString Review::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("Pass");
    case Verdict::NeedsWork:
        return tr("Needs work");
    case Verdict::Fail:
        return tr("Fail");
    case Verdict::None:
        break;
    }
    return tr("No verdict");
}
