#pragma once

#include "waveform/WaveformPeaks.h"

#include <QWidget>

// The recording's overview: one lane per channel (a dual-channel call shows each party on its
// own lane), the part already played shaded, a line at the position. Click or drag to seek.
class WaveformView : public QWidget
{
    Q_OBJECT

public:
    explicit WaveformView(QWidget *parent = nullptr);

    void setPeaks(const WaveformPeaks &peaks);
    void setDuration(qint64 ms); // the timeline; the peaks' own length when 0
    void setPosition(qint64 ms);
    void setPlaceholder(const QString &text); // shown while there are no peaks
    void clear();

    const WaveformPeaks &peaks() const { return m_peaks; }
    qint64 timelineMs() const;
    qint64 positionAt(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void paintLane(QPainter &painter, const QList<float> &peaks, const QRect &lane, int playedX);

    WaveformPeaks m_peaks;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    QString m_placeholder;
};
