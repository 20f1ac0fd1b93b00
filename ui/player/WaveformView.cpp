#include "player/WaveformView.h"

#include "timing/TimestampFormat.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {
bool isResetZoomKey(const QKeyEvent *key)
{
    return key->key() == Qt::Key_0 && (key->modifiers() & Qt::ControlModifier);
}

QColor markColour(WaveformView::Mark::Kind kind)
{
    // Red for speaking over each other, amber for silence: apart from the bands' two colours
    // and legible on a light and a dark base alike.
    return kind == WaveformView::Mark::Kind::BargeIn ? QColor(214, 39, 40) : QColor(230, 150, 0);
}
} // namespace

WaveformView::WaveformView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to play from here; Ctrl+wheel zooms, Ctrl+0 shows the whole call"));
    setAccessibleName(tr("Waveform"));
    setFocusPolicy(Qt::WheelFocus); // Ctrl+0 after a Ctrl+wheel zoom reaches it
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
    // Zoomed in while playing: the view turns the page when the playhead leaves it (unless the
    // user had scrolled away from the playhead).
    const qint64 start = viewStartMs();
    const qint64 span = viewSpanMs();
    const bool wasInView = m_positionMs >= start && m_positionMs <= start + span;
    m_positionMs = ms;
    if (isZoomed() && wasInView && (ms < start || ms > start + span))
        setViewStart(ms - span / 10);
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

void WaveformView::setMarks(QList<Mark> marks)
{
    m_marks = std::move(marks);
    update();
}

int WaveformView::markAt(const QPoint &point) const
{
    // Few marks (the findings cap them): a scan.
    for (int i = 0; i < m_marks.size(); ++i) {
        const Mark &mark = m_marks.at(i);
        const int x0 = xOf(mark.startMs);
        const int x1 = qMax(x0 + 2, xOf(mark.endMs));
        if (point.x() >= x0 - 3 && point.x() <= x1 + 3)
            return i;
    }
    return -1;
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
    m_marks.clear();
    m_laneLabels.clear();
    m_viewStartMs = 0;
    m_viewSpanMs = 0;
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
    return qBound<qint64>(0, viewStartMs() + qint64(double(x) / w * viewSpanMs()), timelineMs());
}

int WaveformView::xOf(qint64 ms) const
{
    const qint64 span = viewSpanMs();
    return span > 0 ? int(std::floor(double(ms - viewStartMs()) / span * width())) : 0;
}

qint64 WaveformView::viewSpanMs() const
{
    const qint64 timeline = timelineMs();
    return m_viewSpanMs > 0 ? qMin(m_viewSpanMs, timeline) : timeline;
}

qint64 WaveformView::viewStartMs() const
{
    return qBound<qint64>(0, m_viewStartMs, timelineMs() - viewSpanMs());
}

void WaveformView::zoomBy(double factor, int anchorX)
{
    const qint64 timeline = timelineMs();
    if (timeline <= 0 || factor <= 0)
        return;
    const qint64 anchorMs = positionAt(anchorX);
    const qint64 span = qBound<qint64>(qMin(minimumSpanMs, timeline),
                                       qint64(double(viewSpanMs()) / factor), timeline);
    m_viewSpanMs = span >= timeline ? 0 : span;
    m_viewStartMs = 0;
    if (m_viewSpanMs > 0) {
        const double anchorShare = double(qBound(0, anchorX, width())) / qMax(1, width());
        m_viewStartMs = qBound<qint64>(0, anchorMs - qint64(anchorShare * span), timeline - span);
    }
    update();
    emit viewChanged();
}

void WaveformView::setViewStart(qint64 ms)
{
    const qint64 start = qBound<qint64>(0, ms, timelineMs() - viewSpanMs());
    if (start == viewStartMs())
        return;
    m_viewStartMs = start;
    update();
    emit viewChanged();
}

void WaveformView::resetZoom()
{
    if (m_viewSpanMs == 0 && m_viewStartMs == 0)
        return;
    m_viewSpanMs = 0;
    m_viewStartMs = 0;
    update();
    emit viewChanged();
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
    const int playedX = timeline > 0 ? xOf(m_positionMs) : 0;

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
    paintMarks(painter);
    for (int c = 0; c < lanes; ++c) {
        const QRect lane(0, c * laneHeight, width(), laneHeight);
        const QString label = c < m_laneLabels.size() ? m_laneLabels.at(c)
            : lanes == 2                              ? (c == 0 ? tr("Left") : tr("Right"))
                                                      : QString();
        if (!label.isEmpty())
            paintLabel(painter, label, lane);
    }
    paintPlayhead(painter, playedX);
}

// Barge-ins shaded red with a strip on top, dead air hatched amber with a strip at the bottom:
// two shapes as well as two colours, so they stay apart without colour vision.
void WaveformView::paintMarks(QPainter &painter)
{
    for (const Mark &mark : std::as_const(m_marks)) {
        const int x0 = xOf(mark.startMs);
        const int x1 = qMax(x0 + 3, xOf(mark.endMs));
        if (x1 < 0 || x0 > width())
            continue;
        const QColor colour = markColour(mark.kind);
        QColor fill = colour;
        fill.setAlpha(60);
        const QRect area(x0, 0, x1 - x0, height());
        if (mark.kind == Mark::Kind::BargeIn) {
            painter.fillRect(area, fill);
            painter.fillRect(QRect(x0, 0, x1 - x0, 4), colour);
        } else {
            painter.fillRect(area, QBrush(colour, Qt::BDiagPattern));
            painter.fillRect(QRect(x0, height() - 4, x1 - x0, 4), colour);
        }
    }
}

// The line and, on a chip beside it, the time: readable at a glance however long the call.
void WaveformView::paintPlayhead(QPainter &painter, int x)
{
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawLine(x, 0, x, height());
    if (x < 0 || x > width())
        return;
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QString time = TimestampFormat::clock(m_positionMs);
    const QFontMetrics metrics(font);
    QRect chip(0, 0, metrics.horizontalAdvance(time) + 8, metrics.height() + 2);
    // Right of the line, or left of it near the end; at the bottom, clear of the lane labels.
    const int left = x + 3 + chip.width() <= width() ? x + 3 : x - 3 - chip.width();
    chip.moveTo(left, height() - chip.height() - 5);
    painter.fillRect(chip, palette().color(QPalette::Highlight));
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(chip, Qt::AlignCenter, time);
}

void WaveformView::paintBands(QPainter &painter, int lanes, int laneHeight)
{
    const qint64 timeline = timelineMs();
    if (m_bands.isEmpty() || timeline <= 0)
        return;
    const int w = width();
    // Under the labels and the playhead; bands narrower than a pixel that land on the column of
    // the previous one are skipped, so a 50,000-turn call paints about one rect per column.
    QList<int> lastRight(lanes, -1);
    for (const Band &band : std::as_const(m_bands)) {
        if (band.lane < 0 || band.lane >= lanes)
            continue;
        const int x0 = xOf(band.startMs);
        const int x1 = qMax(x0 + 1, xOf(band.endMs));
        if (x1 <= lastRight.at(band.lane) || x1 < 0 || x0 > w)
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
    painter.fillRect(
        QRect(lane.left(), lane.top(), qBound(0, playedX, lane.width()), lane.height()),
        palette().color(QPalette::AlternateBase));
    const QColor played = palette().color(QPalette::Highlight);
    const QColor unplayed = palette().color(QPalette::Dark);
    const double bucketsPerPixel = double(viewSpanMs()) / m_peaks.bucketMs / qMax(1, lane.width());
    const double firstBucket = double(viewStartMs()) / m_peaks.bucketMs;
    const int mid = lane.center().y();
    const int half = qMax(1, lane.height() / 2 - 2);
    for (int x = 0; x < lane.width(); ++x) {
        const qsizetype from = qsizetype(firstBucket + x * bucketsPerPixel);
        const qsizetype to = qMax(from + 1, qsizetype(firstBucket + (x + 1) * bucketsPerPixel));
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

void WaveformView::wheelEvent(QWheelEvent *event)
{
    const int delta =
        event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (timelineMs() <= 0 || delta == 0) {
        event->ignore();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.25, delta / 120.0), int(event->position().x()));
        event->accept();
    } else if (isZoomed()) { // the plain wheel scrolls a zoomed timeline, a tenth at a notch
        setViewStart(viewStartMs() - qint64(delta / 120.0 * viewSpanMs() / 10));
        event->accept();
    } else {
        event->ignore();
    }
}

void WaveformView::keyPressEvent(QKeyEvent *event)
{
    if (isResetZoomKey(event)) {
        resetZoom();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool WaveformView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride
        && isResetZoomKey(static_cast<QKeyEvent *>(event))) {
        event->accept(); // Ctrl+0 is "All Speakers" elsewhere: on the timeline it resets the zoom
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
        const int mark = markAt(pos);
        if (mark >= 0) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                               m_marks.at(mark).toolTip, this);
            return true;
        }
    }
    return QWidget::event(event);
}
