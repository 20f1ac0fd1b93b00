#include "recording/RecordingUrlPolicy.h"

RecordingUrlPolicy::Check RecordingUrlPolicy::check(const QString &recordingUrl)
{
    Check result;
    const QString text = recordingUrl.trimmed();
    if (text.isEmpty()) {
        result.message = noRecordingMessage();
        return result;
    }
    result.verdict = Verdict::Refused;
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!scheme.isEmpty() && scheme != u"http" && scheme != u"https") {
        result.message = tr("The recording address starts with \"%1:\", which Call Review does not "
                            "open. Only http and https recordings are opened.")
                             .arg(scheme.left(20));
        return result;
    }
    if (!url.isValid() || scheme.isEmpty() || url.host().isEmpty()) {
        result.message = tr("The recording address \"%1\" is not a valid web address, so the "
                            "recording cannot be downloaded.")
                             .arg(text.left(120));
        return result;
    }
    // Credentials embedded by whoever wrote the data are never sent (see RecordingDownloader).
    url.setUserInfo(QString());
    result.verdict = Verdict::Allowed;
    result.url = url;
    return result;
}

QString RecordingUrlPolicy::noRecordingMessage()
{
    return tr("No recording for this call.");
}
