#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

// Writes a whole file or nothing: through QSaveFile, checking every write (QSaveFile::commit()
// in Qt 6.4 can report success after a short write), so a failure leaves any existing file at
// that path exactly as it was.
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    static bool write(const QString &path, const QByteArray &data, QString *error);
    // Copies the file at source to path the same way, in chunks (a recording may be large).
    static bool copyFile(const QString &source, const QString &path, QString *error);

    // Test seam: wrapSink gets the open temporary file and returns the device to write through
    // (a test injects one that writes less than asked, i.e. a full disk on demand).
    using SinkWrapper = std::function<std::unique_ptr<QIODevice>(QIODevice &file)>;
    static bool write(const QString &path, const QByteArray &data, QString *error,
                      const SinkWrapper &wrapSink);

    // Writes all of data to device, looping over partial writes; false when the device stops
    // accepting bytes. Public so a test can drive it with a device that writes short.
    static bool writeAll(QIODevice &device, const QByteArray &data);

private:
    // The one place that opens, checks and commits: produce writes the content to the device.
    static bool writeFrom(const QString &path, QString *error,
                          const std::function<bool(QIODevice &)> &produce,
                          const SinkWrapper &wrapSink = {});
};
