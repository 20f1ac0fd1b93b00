#include "decode/MediaDecoder.h"

#include "decode/PcmAudioBuilder.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace {

std::optional<PcmAudioBuilder::Format> builderFormat(QAudioFormat::SampleFormat format)
{
    switch (format) {
    case QAudioFormat::UInt8:
        return PcmAudioBuilder::Format::UInt8;
    case QAudioFormat::Int16:
        return PcmAudioBuilder::Format::Int16;
    case QAudioFormat::Int32:
        return PcmAudioBuilder::Format::Int32;
    case QAudioFormat::Float:
        return PcmAudioBuilder::Format::Float32;
    default:
        return std::nullopt;
    }
}

} // namespace

MediaDecoder::Result MediaDecoder::decode(const QString &path, const Limits &limits)
{
    Result result;
    auto fail = [&result](AlignmentError::Kind kind, const QString &message) {
        if (!result.error.isError())
            result.error = {kind, message};
    };

    QAudioDecoder decoder;
    if (!decoder.isSupported()) {
        fail(AlignmentError::Kind::DecodeFailed,
             tr("No audio decoder is available (install the GStreamer base and good plug-ins)."));
        return result;
    }
    std::unique_ptr<PcmAudioBuilder> builder;
    bool firstBuffer = true;
    QEventLoop loop;
    QTimer stall;
    stall.setSingleShot(true);
    stall.setInterval(limits.stallTimeoutMs);

    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        stall.start();
        while (decoder.bufferAvailable()) {
            const QAudioBuffer buffer = decoder.read();
            if (!buffer.isValid())
                continue;
            const QAudioFormat format = buffer.format();
            const auto sampleFormat = builderFormat(format.sampleFormat());
            if (!sampleFormat || format.channelCount() <= 0 || format.sampleRate() <= 0) {
                fail(AlignmentError::Kind::DecodeFailed,
                     tr("The decoder produced an unknown sample format."));
                loop.quit();
                return;
            }
            if (!builder) {
                builder = std::make_unique<PcmAudioBuilder>(
                    format.channelCount(), format.sampleRate(), limits.maxSampleRate);
                if (limits.expectedDurationMs > 0)
                    builder->reserve(limits.expectedDurationMs * format.sampleRate() / 1000);
            } else if (format.channelCount() != builder->channelCount()
                       || format.sampleRate() != builder->inputRate()) {
                fail(AlignmentError::Kind::DecodeFailed,
                     tr("The recording changes its audio format midway."));
                loop.quit();
                return;
            }
            if (firstBuffer) {
                result.firstBufferUs = buffer.startTime();
                firstBuffer = false;
            }
            builder->append(buffer.constData<char>(), buffer.frameCount(), *sampleFormat);
            const qint64 decodedMs = builder->inputFrames() * 1000 / format.sampleRate();
            if (limits.maxDurationMs > 0 && decodedMs > limits.maxDurationMs) {
                fail(AlignmentError::Kind::TooLong,
                     tr("The recording lasts more than %1 min, too long for this call.")
                         .arg(limits.maxDurationMs / 60000));
                loop.quit();
                return;
            }
            if (limits.progress && limits.expectedDurationMs > 0)
                limits.progress(
                    int(std::min<qint64>(99, decodedMs * 100 / limits.expectedDurationMs)));
        }
        if (limits.cancel && limits.cancel->load()) {
            fail(AlignmentError::Kind::Canceled, tr("Canceled."));
            loop.quit();
        }
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    QObject::connect(
        &decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop,
        [&](QAudioDecoder::Error error) {
            if (error == QAudioDecoder::FormatError)
                fail(AlignmentError::Kind::NotAudio,
                     tr("The recording's audio format cannot be decoded."));
            else
                fail(AlignmentError::Kind::DecodeFailed,
                     tr("The recording could not be decoded: %1").arg(decoder.errorString()));
            loop.quit();
        });
    QObject::connect(&stall, &QTimer::timeout, &loop, [&] {
        fail(AlignmentError::Kind::DecodeFailed,
             tr("The decoder stopped producing audio; the recording may be damaged."));
        loop.quit();
    });
    // Cancel is polled too: a decoder that never delivers a buffer must still stop at once.
    QTimer cancelPoll;
    cancelPoll.setInterval(50);
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (limits.cancel && limits.cancel->load()) {
            fail(AlignmentError::Kind::Canceled, tr("Canceled."));
            loop.quit();
        }
    });

    decoder.setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    stall.start();
    cancelPoll.start();
    decoder.start();
    loop.exec();
    decoder.stop();

    if (result.error.isError())
        return result;
    if (!builder || builder->inputFrames() == 0) {
        fail(AlignmentError::Kind::Empty, tr("The recording holds no audio."));
        return result;
    }
    result.audio = builder->take();
    return result;
}
