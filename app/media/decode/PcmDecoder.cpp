#include "decode/PcmDecoder.h"

#include "decode/MediaDecoder.h"
#include "decode/Mp3Delay.h"
#include "decode/WavReader.h"

#include <QFile>

#include <algorithm>

namespace {

constexpr qint64 headBytes = 64 * 1024;

void dropLeadingFrames(PcmAudio &audio, qint64 frames)
{
    for (auto &channel : audio.channels) {
        const auto n = std::min<size_t>(size_t(std::max<qint64>(frames, 0)), channel.size());
        channel.erase(channel.begin(), channel.begin() + qint64(n));
    }
}

} // namespace

PcmDecoder::Container PcmDecoder::sniff(const QByteArray &head)
{
    const auto *p = reinterpret_cast<const uchar *>(head.constData());
    const qint64 n = head.size();
    if (WavReader::looksLikeWav(head))
        return Container::Wav;
    if (head.startsWith("OggS"))
        return Container::Ogg;
    if (head.startsWith("fLaC"))
        return Container::Flac;
    if (head.startsWith("ID3"))
        return Container::Mp3;
    if (n >= 12 && head.mid(4, 4) == "ftyp")
        return Container::Mp4;
    if (n >= 4 && p[0] == 0x1a && p[1] == 0x45 && p[2] == 0xdf && p[3] == 0xa3)
        return Container::Matroska;
    if (n >= 12 && head.startsWith("FORM")
        && (head.mid(8, 4) == "AIFF" || head.mid(8, 4) == "AIFC"))
        return Container::Aiff;
    if (head.startsWith("#!AMR"))
        return Container::Amr;
    if (n >= 4 && p[0] == 0xff && (p[1] & 0xe0) == 0xe0) {
        const int version = (p[1] >> 3) & 3;
        const int layer = (p[1] >> 1) & 3;
        const int rateIndex = (p[2] >> 2) & 3;
        const int bitrateIndex = p[2] >> 4;
        if (layer == 0 && (p[1] & 0xf6) == 0xf0)
            return Container::Aac; // ADTS
        // A second frame header right after the first would be stronger; one valid header with
        // a valid rate and bitrate is what every MP3 without ID3 starts with.
        if (version != 1 && layer != 0 && rateIndex != 3 && bitrateIndex != 15)
            return Container::Mp3;
    }
    return Container::Unknown;
}

PcmDecoder::Result PcmDecoder::decode(const QString &path, const Options &options)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = {AlignmentError::Kind::Unreadable,
                        tr("The recording cannot be read: %1").arg(file.errorString())};
        return result;
    }
    const qint64 fileSize = file.size();
    const QByteArray head = file.read(headBytes);
    file.close();
    if (fileSize == 0 || head.isEmpty()) {
        result.error = {AlignmentError::Kind::NotAudio, tr("The recording file is empty.")};
        return result;
    }
    result.container = sniff(head);
    if (result.container == Container::Unknown) {
        result.error = {AlignmentError::Kind::NotAudio,
                        tr("The recording is not an audio file (no known audio format).")};
        return result;
    }

    if (result.container == Container::Wav) {
        WavReader::Limits limits;
        limits.maxSampleRate = options.maxSampleRate;
        limits.maxDurationMs = options.maxDurationMs;
        limits.cancel = options.cancel;
        limits.progress = options.progress;
        WavReader::Result wav = WavReader::read(path, limits);
        if (wav.status == WavReader::Status::Ok) {
            result.audio = std::move(wav.audio);
            return result;
        }
        if (wav.status == WavReader::Status::Failed) {
            result.error = wav.error;
            return result;
        }
        // An unusual WAVE codec: the media stack may know it.
    }

    MediaDecoder::Limits limits;
    limits.maxSampleRate = options.maxSampleRate;
    limits.maxDurationMs = options.maxDurationMs;
    limits.expectedDurationMs = options.expectedDurationMs;
    limits.cancel = options.cancel;
    limits.progress = options.progress;
    MediaDecoder::Result media = MediaDecoder::decode(path, limits);
    if (media.error.isError()) {
        result.error = media.error;
        return result;
    }
    result.audio = std::move(media.audio);
    if (result.container == Container::Mp3) {
        const Mp3Delay::Info info = Mp3Delay::probe(head, fileSize);
        // The decoder's rate may differ from the output's (decimation): count at the file's.
        const int decimation = info.sampleRate > 0 && result.audio.sampleRate > 0
            ? std::max(1, info.sampleRate / result.audio.sampleRate)
            : 1;
        result.codecDelayFrames =
            Mp3Delay::framesToSkip(info, result.audio.frameCount() * decimation);
        dropLeadingFrames(result.audio, result.codecDelayFrames / decimation);
    }
    if (result.audio.frameCount() == 0)
        result.error = {AlignmentError::Kind::Empty, tr("The recording holds no audio.")};
    return result;
}
