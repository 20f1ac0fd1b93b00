#include "RecordingUrlPolicy.h"

bool RecordingUrlPolicy::isSafe(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty();
}

QString RecordingUrlPolicy::unsafeReason(const QUrl &url)
{
    if (isSafe(url))
        return {};
    if (url.isEmpty())
        return tr("The call has no recording.");
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty() || ((scheme == u"https" || scheme == u"http")))
        return tr("The recording address is not a valid web address, so it was not opened.");
    return tr("The recording address uses \"%1:\", not http or https, so it was not opened "
              "for safety. Ask Anunzi support about this call's recording.")
        .arg(scheme.left(20));
}
