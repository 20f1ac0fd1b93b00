#include "AtomicFileWriter.h"

#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

bool AtomicFileWriter::writeAll(QIODevice &device, const QByteArray &data)
{
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = device.write(data.constData() + written, data.size() - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

bool AtomicFileWriter::write(const QString &path, const QByteArray &data, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        // Info, not warning: the caller reports the failure; a warning would print it twice.
        qCInfo(lcExport) << "write failed:" << reason;
        return false;
    };
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(tr("no file name was given."));
    if (info.isDir())
        return fail(tr("it is a folder. Choose a file name inside it."));
    if (QFileInfo(info.absolutePath()).isFile())
        return fail(tr("%1 is a file, not a folder.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!info.absoluteDir().exists())
        return fail(tr("the folder %1 does not exist.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString() + u'.');
    if (!writeAll(file, data) || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail((reason.isEmpty() ? tr("the disk did not accept all the data") : reason)
                    + u'.');
    }
    if (!file.commit() || file.error() != QFileDevice::NoError)
        return fail(file.errorString() + u'.');
    return true;
}
