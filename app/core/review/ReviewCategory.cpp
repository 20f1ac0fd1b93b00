#include "review/ReviewCategory.h"

QList<ReviewCategory> ReviewCategory::defaults()
{
    return {
        {wrongInformation, tr("Wrong information")},
        {misunderstood, tr("Misunderstood the caller")},
        {repeated, tr("Repeated itself")},
        {ignoredRequest, tr("Ignored a request")},
        {tone, tr("Tone")},
        {shouldEscalate, tr("Should have escalated")},
        {other, tr("Other")},
    };
}
