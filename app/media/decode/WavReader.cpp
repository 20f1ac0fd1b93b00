#include "decode/WavReader.h"

#include "decode/PcmAudioBuilder.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace {

constexpr quint16 formatPcm = 1;
constexpr quint16 formatFloat = 3;
constexpr quint16 formatALaw = 6;
constexpr quint16 formatMuLaw = 7;
constexpr quint16 formatExtensible = 0xfffe;

WavReader::Result failure(AlignmentError::Kind kind, const QString &message)
{
    WavReader::Result result;
    result.status = WavReader::Status::Failed;
    result.error = {kind, message};
    return result;
}

WavReader::Result unsupported()
{
    WavReader::Result result;
    result.status = WavReader::Status::Unsupported;
    return result;
}

} // namespace

bool WavReader::looksLikeWav(const QByteArray &head)
{
    return head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WAVE";
}

WavReader::Result WavReader::read(const QString &path, const Limits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(AlignmentError::Kind::Unreadable,
                       tr("The recording cannot be read: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (size <= 0)
        return failure(AlignmentError::Kind::NotAudio, tr("The recording file is empty."));
    // Mapping avoids copying a long recording once more; a file system without mmap reads it.
    if (uchar *mapped = file.map(0, size)) {
        Result result = parse(mapped, size, limits);
        file.unmap(mapped);
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != size)
        return failure(AlignmentError::Kind::Unreadable,
                       tr("The recording cannot be read: %1").arg(file.errorString()));
    return parse(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size(), limits);
}

WavReader::Result WavReader::parse(const uchar *data, qint64 size, const Limits &limits)
{
    if (size < 12 || std::memcmp(data, "RIFF", 4) != 0 || std::memcmp(data + 8, "WAVE", 4) != 0)
        return failure(AlignmentError::Kind::NotAudio, tr("The recording is not a WAV file."));

    bool haveFormat = false;
    quint16 format = 0;
    quint16 channels = 0;
    quint32 sampleRate = 0;
    quint16 blockAlign = 0;
    quint16 bits = 0;
    qint64 pos = 12;
    while (pos + 8 <= size) {
        const uchar *chunk = data + pos;
        const quint32 chunkSize = qFromLittleEndian<quint32>(chunk + 4);
        const qint64 body = pos + 8;
        if (std::memcmp(chunk, "fmt ", 4) == 0) {
            if (chunkSize < 16 || body + 16 > size)
                return failure(AlignmentError::Kind::Truncated,
                               tr("The WAV file ends inside its format header."));
            format = qFromLittleEndian<quint16>(data + body);
            channels = qFromLittleEndian<quint16>(data + body + 2);
            sampleRate = qFromLittleEndian<quint32>(data + body + 4);
            blockAlign = qFromLittleEndian<quint16>(data + body + 12);
            bits = qFromLittleEndian<quint16>(data + body + 14);
            if (format == formatExtensible && chunkSize >= 40 && body + 40 <= size)
                format =
                    qFromLittleEndian<quint16>(data + body + 24); // sub-format GUID's first field
            haveFormat = true;
        } else if (std::memcmp(chunk, "data", 4) == 0) {
            if (!haveFormat)
                return failure(AlignmentError::Kind::NotAudio,
                               tr("The WAV file has no format header before its audio."));
            if (channels == 0)
                return failure(AlignmentError::Kind::NoChannels,
                               tr("The recording declares no audio channels."));
            PcmAudioBuilder::Format sampleFormat;
            if (format == formatPcm && bits == 8)
                sampleFormat = PcmAudioBuilder::Format::UInt8;
            else if (format == formatPcm && bits == 16)
                sampleFormat = PcmAudioBuilder::Format::Int16;
            else if (format == formatPcm && bits == 24)
                sampleFormat = PcmAudioBuilder::Format::Int24;
            else if (format == formatPcm && bits == 32)
                sampleFormat = PcmAudioBuilder::Format::Int32;
            else if (format == formatFloat && bits == 32)
                sampleFormat = PcmAudioBuilder::Format::Float32;
            else if (format == formatFloat && bits == 64)
                sampleFormat = PcmAudioBuilder::Format::Float64;
            else if (format == formatMuLaw && bits == 8)
                sampleFormat = PcmAudioBuilder::Format::MuLaw;
            else if (format == formatALaw && bits == 8)
                sampleFormat = PcmAudioBuilder::Format::ALaw;
            else
                return unsupported();
            if (sampleRate < 1000 || sampleRate > 768000 || channels > 64
                || blockAlign != channels * (bits / 8))
                return failure(AlignmentError::Kind::NotAudio,
                               tr("The WAV file's format header is inconsistent."));

            const qint64 available = size - body;
            qint64 dataBytes = chunkSize;
            // Streaming writers leave the size at 0 or 0xFFFFFFFF: the data runs to the end.
            if (chunkSize == 0 || chunkSize == 0xffffffffu)
                dataBytes = available;
            else if (dataBytes > available)
                return failure(
                    AlignmentError::Kind::Truncated,
                    tr("The recording is truncated: its header announces %1 s of "
                       "audio, the file holds %2 s.")
                        .arg(double(dataBytes) / (blockAlign * double(sampleRate)), 0, 'f', 1)
                        .arg(double(available) / (blockAlign * double(sampleRate)), 0, 'f', 1));
            const qint64 frames = dataBytes / blockAlign;
            if (frames == 0)
                return failure(AlignmentError::Kind::Empty, tr("The recording holds no audio."));
            const qint64 durationMs = frames * 1000 / sampleRate;
            if (limits.maxDurationMs > 0 && durationMs > limits.maxDurationMs)
                return failure(AlignmentError::Kind::TooLong,
                               tr("The recording lasts %1 min, too long for this call (at "
                                  "most %2 min).")
                                   .arg(durationMs / 60000)
                                   .arg(limits.maxDurationMs / 60000));

            PcmAudioBuilder builder(channels, int(sampleRate), limits.maxSampleRate);
            builder.reserve(frames);
            // Chunks of about a second of 8 kHz stereo: progress and cancel stay responsive.
            const qint64 step = std::max<qint64>(1, (1 << 20) / blockAlign);
            for (qint64 done = 0; done < frames; done += step) {
                if (limits.cancel && limits.cancel->load())
                    return failure(AlignmentError::Kind::Canceled, tr("Canceled."));
                const qint64 n = std::min(step, frames - done);
                builder.append(data + body + done * blockAlign, n, sampleFormat);
                if (limits.progress)
                    limits.progress(int((done + n) * 100 / frames));
            }
            Result result;
            result.status = Status::Ok;
            result.audio = builder.take();
            return result;
        }
        pos = body + qint64(chunkSize) + (chunkSize & 1);
    }
    if (!haveFormat)
        return failure(AlignmentError::Kind::NotAudio, tr("The WAV file has no format header."));
    return failure(AlignmentError::Kind::Truncated,
                   tr("The recording is truncated: the WAV file has no audio data."));
}
