#include "player/WaveformView.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

WaveformView::WaveformView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to play from here"));
    setAccessibleName(tr("Waveform"));
}

void WaveformView::setPeaks(const WaveformPeaks &peaks)
{
    m_peaks = peaks;
    update();
}

void WaveformView::setDuration(qint64 ms)
{
    m_durationMs = qMax<qint64>(0, ms);
    update();
}

void WaveformView::setPosition(qint64 ms)
{
    if (ms == m_positionMs)
        return;
    m_positionMs = ms;
    update();
}

void WaveformView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void WaveformView::clear()
{
    m_peaks = {};
    m_durationMs = 0;
    m_positionMs = 0;
    update();
}

qint64 WaveformView::timelineMs() const
{
    return m_durationMs > 0 ? m_durationMs : m_peaks.durationMs();
}

qint64 WaveformView::positionAt(int x) const
{
    const int w = qMax(1, width());
    return qBound<qint64>(0, qint64(double(x) / w * timelineMs()), timelineMs());
}

QSize WaveformView::sizeHint() const
{
    return {400, 72};
}

QSize WaveformView::minimumSizeHint() const
{
    return {100, 36};
}

void WaveformView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const qint64 timeline = timelineMs();
    const int playedX = timeline > 0 ? int(double(m_positionMs) / timeline * width()) : 0;

    if (m_peaks.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, m_placeholder);
        return;
    }
    const int lanes = m_peaks.channelCount();
    const int laneHeight = height() / lanes;
    for (int c = 0; c < lanes; ++c) {
        const QRect lane(0, c * laneHeight, width(), laneHeight);
        paintLane(painter, m_peaks.lanes.at(c), lane, playedX);
        if (c > 0) {
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawLine(lane.topLeft(), lane.topRight());
        }
        if (lanes == 2) {
            // Twilio records each party on its own channel; which is which depends on the call.
            // On a chip of the base colour, so the label stays legible over loud audio.
            const QString label = c == 0 ? tr("Left") : tr("Right");
            const QRect chip = painter.fontMetrics()
                                   .boundingRect(label)
                                   .translated(lane.left() + 6, lane.top() + 3)
                                   .adjusted(-3, 0, 3, 0);
            QColor chipColour = palette().color(QPalette::Base);
            chipColour.setAlpha(220);
            painter.fillRect(chip.translated(0, painter.fontMetrics().ascent()), chipColour);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(chip.translated(0, painter.fontMetrics().ascent()), Qt::AlignCenter,
                             label);
        }
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawLine(playedX, 0, playedX, height());
}

void WaveformView::paintLane(QPainter &painter, const QList<float> &peaks, const QRect &lane,
                             int playedX)
{
    // The played part is shaded; each pixel column shows the loudest bucket under it.
    painter.fillRect(QRect(lane.left(), lane.top(), playedX, lane.height()),
                     palette().color(QPalette::AlternateBase));
    const QColor played = palette().color(QPalette::Highlight);
    const QColor unplayed = palette().color(QPalette::Dark);
    const qint64 timeline = timelineMs();
    const double bucketsPerPixel = double(timeline) / m_peaks.bucketMs / qMax(1, lane.width());
    const int mid = lane.center().y();
    const int half = qMax(1, lane.height() / 2 - 2);
    for (int x = 0; x < lane.width(); ++x) {
        const qsizetype from = qsizetype(x * bucketsPerPixel);
        const qsizetype to = qMax(from + 1, qsizetype((x + 1) * bucketsPerPixel));
        if (from >= peaks.size())
            break;
        const float peak =
            *std::max_element(peaks.cbegin() + from, peaks.cbegin() + qMin(to, peaks.size()));
        const int h = qMax(1, int(peak * half));
        painter.setPen(x < playedX ? played : unplayed);
        painter.drawLine(lane.left() + x, mid - h, lane.left() + x, mid + h);
    }
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && timelineMs() > 0)
        emit seekRequested(positionAt(int(event->position().x())));
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && timelineMs() > 0)
        emit seekRequested(positionAt(int(event->position().x())));
}
