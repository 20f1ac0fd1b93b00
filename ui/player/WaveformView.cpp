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

void WaveformView::setLaneLabels(const QStringList &labels)
{
    m_laneLabels = labels;
    update();
}

void WaveformView::setBands(QList<Band> bands)
{
    m_bands = std::move(bands);
    update();
}

int WaveformView::turnAt(const QPoint &point) const
{
    const int lanes = m_peaks.isEmpty() ? 1 : m_peaks.channelCount();
    const int laneHeight = qMax(1, height() / qMax(1, lanes));
    const int lane = qBound(0, point.y() / laneHeight, lanes - 1);
    const qint64 ms = positionAt(point.x());
    // A click, not a tick: a plain scan is fine even for 50,000 turns.
    for (const Band &band : m_bands) {
        if (band.lane == lane && band.startMs <= ms && ms <= band.endMs)
            return band.turn;
    }
    return -1;
}

void WaveformView::clear()
{
    m_bands.clear();
    m_laneLabels.clear();
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
    }
    paintBands(painter, lanes, laneHeight);
    for (int c = 0; c < lanes; ++c) {
        const QRect lane(0, c * laneHeight, width(), laneHeight);
        const QString label = c < m_laneLabels.size() ? m_laneLabels.at(c)
            : lanes == 2                              ? (c == 0 ? tr("Left") : tr("Right"))
                                                      : QString();
        if (!label.isEmpty())
            paintLabel(painter, label, lane);
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawLine(playedX, 0, playedX, height());
}

void WaveformView::paintBands(QPainter &painter, int lanes, int laneHeight)
{
    const qint64 timeline = timelineMs();
    if (m_bands.isEmpty() || timeline <= 0)
        return;
    // Under the labels and the playhead; bands narrower than a pixel that land on the column of
    // the previous one are skipped, so a 50,000-turn call paints about one rect per column.
    QList<int> lastRight(lanes, -1);
    for (const Band &band : std::as_const(m_bands)) {
        if (band.lane < 0 || band.lane >= lanes)
            continue;
        const int x0 = int(double(band.startMs) / timeline * width());
        const int x1 = qMax(x0 + 1, int(double(band.endMs) / timeline * width()));
        if (x1 <= lastRight.at(band.lane))
            continue;
        lastRight[band.lane] = x1;
        painter.fillRect(QRect(x0, band.lane * laneHeight + 1, x1 - x0, laneHeight - 2),
                         band.colour);
    }
}

void WaveformView::paintLabel(QPainter &painter, const QString &label, const QRect &lane)
{
    // On a chip of the base colour, so the label stays legible over loud audio.
    const QRect chip = painter.fontMetrics()
                           .boundingRect(label)
                           .translated(lane.left() + 6, lane.top() + 3)
                           .adjusted(-3, 0, 3, 0);
    QColor chipColour = palette().color(QPalette::Base);
    chipColour.setAlpha(220);
    painter.fillRect(chip.translated(0, painter.fontMetrics().ascent()), chipColour);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(chip.translated(0, painter.fontMetrics().ascent()), Qt::AlignCenter, label);
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
    if (event->button() != Qt::LeftButton || timelineMs() <= 0)
        return;
    emit seekRequested(positionAt(int(event->position().x())));
    const int turn = turnAt(event->position().toPoint());
    if (turn >= 0)
        emit turnClicked(turn);
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && timelineMs() > 0)
        emit seekRequested(positionAt(int(event->position().x())));
}
