#include "base/AtomicFileWriter.h"

#include "base/Logging.h"

#include <QDir>
#include <QFile>
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
    return writeFrom(path, error, [&data](QIODevice &out) { return writeAll(out, data); });
}

bool AtomicFileWriter::write(const QString &path, const QByteArray &data, QString *error,
                             const SinkWrapper &wrapSink)
{
    return writeFrom(
        path, error, [&data](QIODevice &out) { return writeAll(out, data); }, wrapSink);
}

bool AtomicFileWriter::copyFile(const QString &source, const QString &path, QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                tr("Could not read %1: %2").arg(QDir::toNativeSeparators(source), in.errorString());
        return false;
    }
    return writeFrom(path, error, [&in](QIODevice &out) {
        constexpr qint64 chunkBytes = 1024 * 1024;
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(chunkBytes);
            if (chunk.isEmpty() || !writeAll(out, chunk))
                return false;
        }
        return in.error() == QFileDevice::NoError;
    });
}

bool AtomicFileWriter::writeFrom(const QString &path, QString *error,
                                 const std::function<bool(QIODevice &)> &produce,
                                 const SinkWrapper &wrapSink)
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
        return fail(
            tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!info.absoluteDir().exists())
        return fail(
            tr("the folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString() + u'.');
    const std::unique_ptr<QIODevice> wrapper = wrapSink ? wrapSink(file) : nullptr;
    if (!produce(wrapper ? *wrapper : file) || !file.flush()) {
        // A write that stops short without an error of its own ("Unknown error") still needs
        // a reason the user understands.
        const QString reason = file.error() != QFileDevice::NoError
            ? file.errorString()
            : tr("the disk did not accept all the data");
        file.cancelWriting();
        return fail(reason + u'.');
    }
    if (!file.commit() || file.error() != QFileDevice::NoError)
        return fail(file.errorString() + u'.');
    return true;
}
