#pragma once

#include "waveform/WaveformPeaks.h"

#include <QColor>
#include <QStringList>
#include <QWidget>

// The recording's overview: one lane per channel (a dual-channel call shows each party on its
// own lane), the part already played shaded, a line at the position. Click or drag to seek.
class WaveformView : public QWidget
{
    Q_OBJECT

public:
    // A turn placed on the recording: a translucent band on its speaker's lane.
    struct Band
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        int lane = 0;
        int turn = -1; // index in the transcript
        QColor colour;
    };

    explicit WaveformView(QWidget *parent = nullptr);

    void setPeaks(const WaveformPeaks &peaks);
    void setDuration(qint64 ms); // the timeline; the peaks' own length when 0
    void setPosition(qint64 ms);
    void setPlaceholder(const QString &text); // shown while there are no peaks
    // Who each lane carries ("Assistant", "Caller", "Mixed"); empty: "Left"/"Right" for stereo.
    void setLaneLabels(const QStringList &labels);
    void setBands(QList<Band> bands); // sorted by start within a lane; clear() drops them
    const QStringList &laneLabels() const { return m_laneLabels; }
    const QList<Band> &bands() const { return m_bands; }
    // The band under a point (widget coordinates), or -1: the turn it stands for.
    int turnAt(const QPoint &point) const;
    void clear();

    const WaveformPeaks &peaks() const { return m_peaks; }
    qint64 timelineMs() const;
    qint64 positionAt(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);
    void turnClicked(int turn); // a click on a turn's band (it seeks too)

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void paintLane(QPainter &painter, const QList<float> &peaks, const QRect &lane, int playedX);
    void paintBands(QPainter &painter, int lanes, int laneHeight);
    void paintLabel(QPainter &painter, const QString &label, const QRect &lane);

    WaveformPeaks m_peaks;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    QString m_placeholder;
    QStringList m_laneLabels;
    QList<Band> m_bands;
};
