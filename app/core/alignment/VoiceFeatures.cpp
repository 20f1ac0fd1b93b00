#include "alignment/VoiceFeatures.h"

#include <algorithm>
#include <cmath>
#include <complex>

namespace {

constexpr int bands = 20;
constexpr double pi = 3.14159265358979323846;

void fft(std::vector<std::complex<float>> &a)
{
    const size_t n = a.size();
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j)
            std::swap(a[i], a[j]);
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        const double angle = -2 * pi / double(len);
        const std::complex<float> wlen(float(std::cos(angle)), float(std::sin(angle)));
        for (size_t i = 0; i < n; i += len) {
            std::complex<float> w(1);
            for (size_t j = 0; j < len / 2; ++j) {
                const std::complex<float> u = a[i + j];
                const std::complex<float> v = a[i + j + len / 2] * w;
                a[i + j] = u + v;
                a[i + j + len / 2] = u - v;
                w *= wlen;
            }
        }
    }
}

double mel(double hz)
{
    return 2595.0 * std::log10(1.0 + hz / 700.0);
}

double hzOfMel(double m)
{
    return 700.0 * (std::pow(10.0, m / 2595.0) - 1.0);
}

} // namespace

std::vector<VoiceFeatures::Frame> VoiceFeatures::compute(const PcmAudio &audio)
{
    std::vector<Frame> frames;
    const int rate = audio.sampleRate;
    if (rate <= 0 || audio.channelCount() == 0)
        return frames;
    const qint64 nSamples = audio.frameCount();
    const qint64 nFrames = nSamples * 1000 / rate / 10;
    size_t fftSize = 1;
    while (fftSize < size_t(rate) * 32 / 1000)
        fftSize <<= 1;
    const size_t bins = fftSize / 2 + 1;

    // Triangular mel filters from 100 Hz to 3.8 kHz (the telephone band), or Nyquist.
    const double top = std::min(3800.0, rate / 2.0 - 100.0);
    std::vector<std::vector<float>> filters(bands, std::vector<float>(bins, 0.0f));
    for (int b = 0; b < bands; ++b) {
        const double lo = hzOfMel(mel(100) + (mel(top) - mel(100)) * b / (bands + 1));
        const double mid = hzOfMel(mel(100) + (mel(top) - mel(100)) * (b + 1) / (bands + 1));
        const double hi = hzOfMel(mel(100) + (mel(top) - mel(100)) * (b + 2) / (bands + 1));
        for (size_t k = 0; k < bins; ++k) {
            const double hz = double(k) * rate / double(fftSize);
            if (hz > lo && hz < hi)
                filters[size_t(b)][k] =
                    float(hz <= mid ? (hz - lo) / (mid - lo) : (hi - hz) / (hi - mid));
        }
    }
    std::vector<float> window(fftSize);
    for (size_t i = 0; i < fftSize; ++i)
        window[i] = float(0.54 - 0.46 * std::cos(2 * pi * double(i) / double(fftSize - 1)));
    std::array<std::array<float, bands>, cepstra> dct;
    for (int c = 0; c < cepstra; ++c)
        for (int b = 0; b < bands; ++b)
            dct[size_t(c)][size_t(b)] = float(std::cos(pi * (c + 1) * (b + 0.5) / bands));

    frames.resize(size_t(nFrames));
    std::vector<std::complex<float>> buffer(fftSize);
    std::vector<std::complex<float>> cepstrum(fftSize);
    const int channels = audio.channelCount();
    for (qint64 f = 0; f < nFrames; ++f) {
        const qint64 centre = (f * 10 + 5) * rate / 1000;
        const qint64 first = centre - qint64(fftSize / 2);
        for (size_t i = 0; i < fftSize; ++i) {
            const qint64 at = first + qint64(i);
            float sample = 0;
            if (at >= 0 && at < nSamples)
                for (int c = 0; c < channels; ++c)
                    sample += float(audio.channels[size_t(c)][size_t(at)]);
            buffer[i] = std::complex<float>(sample * window[i] / 32768.0f, 0.0f);
        }
        fft(buffer);
        // Pitch from the real cepstrum: its peak between 2.5 and 12.5 ms (80-400 Hz).
        for (size_t k = 0; k < fftSize; ++k)
            cepstrum[k] = std::complex<float>(std::log(std::norm(buffer[k]) + 1e-10f), 0.0f);
        fft(cepstrum);
        const size_t minLag = size_t(rate) / 400;
        const size_t maxLag = std::min(fftSize / 2 - 1, size_t(rate) / 80);
        size_t peakLag = minLag;
        float peak = -1e30f;
        for (size_t q = minLag; q <= maxLag; ++q) {
            if (cepstrum[q].real() > peak) {
                peak = cepstrum[q].real();
                peakLag = q;
            }
        }
        std::array<float, bands> logBand;
        for (int b = 0; b < bands; ++b) {
            double energy = 0;
            for (size_t k = 0; k < bins; ++k)
                if (filters[size_t(b)][k] > 0)
                    energy += filters[size_t(b)][k] * std::norm(buffer[k]);
            logBand[size_t(b)] = float(std::log(energy + 1e-10));
        }
        Frame &out = frames[size_t(f)];
        out[cepstra] = std::log(float(peakLag) / float(rate) * 1000.0f);
        out[cepstra + 1] = peak / float(fftSize);
        for (int c = 0; c < cepstra; ++c) {
            float sum = 0;
            for (int b = 0; b < bands; ++b)
                sum += dct[size_t(c)][size_t(b)] * logBand[size_t(b)];
            out[size_t(c)] = sum;
        }
    }
    return frames;
}
