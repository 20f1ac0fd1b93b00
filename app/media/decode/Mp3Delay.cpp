#include "decode/Mp3Delay.h"

#include <QtEndian>

#include <cstring>

namespace {

constexpr int sampleRates[4][3] = {
    {11025, 12000, 8000}, // MPEG 2.5
    {0, 0, 0}, // reserved
    {22050, 24000, 16000}, // MPEG 2
    {44100, 48000, 32000}, // MPEG 1
};

qint64 skipId3v2(const QByteArray &head)
{
    if (head.size() < 10 || !head.startsWith("ID3"))
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(head.constData());
    const qint64 size =
        (qint64(p[6] & 0x7f) << 21) | ((p[7] & 0x7f) << 14) | ((p[8] & 0x7f) << 7) | (p[9] & 0x7f);
    return 10 + size + ((p[5] & 0x10) ? 10 : 0);
}

} // namespace

Mp3Delay::Info Mp3Delay::probe(const QByteArray &head, qint64 fileSize)
{
    Q_UNUSED(fileSize)
    Info info;
    const qint64 start = skipId3v2(head);
    const auto *p = reinterpret_cast<const uchar *>(head.constData());
    const qint64 size = head.size();
    // The first frame header: sync, a valid version, layer III, a valid rate.
    for (qint64 pos = start; pos + 4 <= size && pos < start + 4096; ++pos) {
        if (p[pos] != 0xff || (p[pos + 1] & 0xe0) != 0xe0)
            continue;
        const int version = (p[pos + 1] >> 3) & 3;
        const int layer = (p[pos + 1] >> 1) & 3;
        const int rateIndex = (p[pos + 2] >> 2) & 3;
        if (version == 1 || layer != 1 || rateIndex == 3)
            continue;
        info.isMp3 = true;
        info.sampleRate = sampleRates[version][rateIndex];
        info.samplesPerFrame = version == 3 ? 1152 : 576;
        const bool mono = ((p[pos + 3] >> 6) & 3) == 3;
        const int sideInfo = version == 3 ? (mono ? 17 : 32) : (mono ? 9 : 17);
        const qint64 tag = pos + 4 + sideInfo;
        if (tag + 8 > size
            || (std::memcmp(p + tag, "Xing", 4) != 0 && std::memcmp(p + tag, "Info", 4) != 0))
            return info;
        const quint32 flags = qFromBigEndian<quint32>(p + tag + 4);
        qint64 field = tag + 8;
        if (flags & 1) {
            if (field + 4 > size)
                return info;
            info.frameCount = qFromBigEndian<quint32>(p + field);
            field += 4;
        }
        if (flags & 2)
            field += 4;
        if (flags & 4)
            field += 100;
        if (flags & 8)
            field += 4;
        // LAME extension: a 9-byte encoder string, then 12 bytes, then delay and padding.
        if (field + 24 <= size
            && (std::memcmp(p + field, "LAME", 4) == 0 || std::memcmp(p + field, "Lavc", 4) == 0
                || std::memcmp(p + field, "Lavf", 4) == 0)) {
            const uchar *d = p + field + 21;
            info.hasLameTag = true;
            info.encoderDelay = (d[0] << 4) | (d[1] >> 4);
            info.encoderPadding = ((d[1] & 0x0f) << 8) | d[2];
        }
        return info;
    }
    return info;
}

qint64 Mp3Delay::framesToSkip(const Info &info, qint64 decodedFrames)
{
    if (!info.isMp3)
        return 0;
    if (info.hasLameTag && info.frameCount > 0) {
        const qint64 spf = info.samplesPerFrame;
        const qint64 trimmed = info.frameCount * spf - info.encoderDelay - info.encoderPadding;
        if (qAbs(decodedFrames - trimmed) < spf / 2)
            return 0; // the parser applied the tag already (gapless playback)
        // The Info frame itself decoded as a frame of silence adds one frame more.
        const bool infoFrameDecoded = decodedFrames >= (info.frameCount + 1) * spf - spf / 2;
        return info.encoderDelay + decoderDelay + (infoFrameDecoded ? spf : 0);
    }
    return info.encoderDelay + decoderDelay;
}
