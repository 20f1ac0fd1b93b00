#pragma once

#include "waveform/WaveformPeaks.h"

#include <QColor>
#include <QStringList>
#include <QWidget>

// The recording's overview: one lane per channel (a dual-channel call shows each party on its
// own lane), the part already played shaded, a line at the position with its time. Click or
// drag to seek. Ctrl+wheel zooms around the mouse (the wheel then scrolls; Ctrl+0 on the
// focused timeline shows it whole again); barge-ins and dead air are marked, with a tooltip.
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

    // A moment of the call's pace from the timing findings: drawn across the lanes.
    struct Mark
    {
        enum class Kind { BargeIn, DeadAir };
        Kind kind = Kind::BargeIn;
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString toolTip; // "Barge-in by caller, 0.8 s overlap"
    };

    explicit WaveformView(QWidget *parent = nullptr);

    void setPeaks(const WaveformPeaks &peaks);
    void setDuration(qint64 ms); // the timeline; the peaks' own length when 0
    void setPosition(qint64 ms);
    void setPlaceholder(const QString &text); // shown while there are no peaks
    // Who each lane carries ("Assistant", "Caller", "Mixed"); empty: "Left"/"Right" for stereo.
    void setLaneLabels(const QStringList &labels);
    void setBands(QList<Band> bands); // sorted by start within a lane; clear() drops them
    void setMarks(QList<Mark> marks); // clear() drops them
    const QList<Mark> &marks() const { return m_marks; }
    int markAt(const QPoint &point) const; // index in marks() (3 px of slack), or -1
    const QStringList &laneLabels() const { return m_laneLabels; }
    const QList<Band> &bands() const { return m_bands; }
    // The band under a point (widget coordinates), or -1: the turn it stands for.
    int turnAt(const QPoint &point) const;
    void clear();

    const WaveformPeaks &peaks() const { return m_peaks; }
    qint64 timelineMs() const;
    qint64 positionAt(int x) const; // within the visible part
    int xOf(qint64 ms) const;

    // The visible part of the timeline: all of it unless zoomed.
    qint64 viewStartMs() const;
    qint64 viewSpanMs() const;
    bool isZoomed() const { return viewSpanMs() < timelineMs(); }
    void zoomBy(double factor, int anchorX); // > 1 zooms in; the time under anchorX stays put
    void setViewStart(qint64 ms);
    void resetZoom();
    static constexpr qint64 minimumSpanMs = 2000;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);
    void turnClicked(int turn); // a click on a turn's band (it seeks too)
    void viewChanged(); // zoomed or scrolled

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void paintLane(QPainter &painter, const QList<float> &peaks, const QRect &lane, int playedX);
    void paintBands(QPainter &painter, int lanes, int laneHeight);
    void paintLabel(QPainter &painter, const QString &label, const QRect &lane);
    void paintMarks(QPainter &painter);
    void paintPlayhead(QPainter &painter, int x);

    WaveformPeaks m_peaks;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    QString m_placeholder;
    QStringList m_laneLabels;
    QList<Band> m_bands;
    QList<Mark> m_marks;
    qint64 m_viewStartMs = 0;
    qint64 m_viewSpanMs = 0; // 0: the whole timeline
};
