#include "base/Logging.h"

Q_LOGGING_CATEGORY(lcNetwork, "callreview.network", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCredentials, "callreview.credentials", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "callreview.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReview, "callreview.review", QtWarningMsg)
