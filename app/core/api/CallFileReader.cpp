#include "api/CallFileReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

CallDecoder::Result CallFileReader::read(const QString &path, bool *readFailed)
{
    const auto failRead = [&](const QString &reason) {
        if (readFailed)
            *readFailed = true;
        return CallDecoder::Result{
            std::nullopt, tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), reason)};
    };
    if (readFailed)
        *readFailed = false;
    const QFileInfo info(path);
    if (!info.exists())
        return failRead(tr("the file does not exist."));
    if (info.isDir())
        return failRead(tr("it is a folder, not a file."));
    if (info.size() > maxFileBytes)
        return failRead(tr("the file is larger than %1 MB.").arg(maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failRead(file.errorString() + u'.');
    // read() bounded: a special file (a pipe, /dev/zero) cannot make us read forever.
    const QByteArray data = file.read(maxFileBytes + 1);
    if (data.size() > maxFileBytes)
        return failRead(tr("the file is larger than %1 MB.").arg(maxFileBytes / (1024 * 1024)));
    CallDecoder::Result result = CallDecoder::decodeResponse(data);
    if (!result.ok()) {
        result.error = tr("%1 is not a saved Anunzi call: %2.")
                           .arg(QDir::toNativeSeparators(path), result.error);
    }
    return result;
}

CallDecoder::Result CallFileReader::demoCall()
{
    CallDecoder::Result result = read(demoCallPath());
    if (result.ok())
        result.call->bundledRecording = demoRecordingPath();
    return result;
}
