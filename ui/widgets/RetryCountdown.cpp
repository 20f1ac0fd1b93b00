#include "widgets/RetryCountdown.h"

#include "api/CallLoader.h"
#include "api/CallService.h"
#include "widgets/ErrorBanner.h"

#include <QTimer>

RetryCountdown::RetryCountdown(CallLoader *loader, ErrorBanner *banner, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RetryCountdown::tick);
    connect(
        loader, &CallLoader::retryScheduled, this,
        [this](int, int delaySeconds, const FetchError &reason) { start(delaySeconds, reason); });
    // Loaded, failed or cancelled: the wait is over either way.
    connect(loader, &CallLoader::busyChanged, this, [this](bool busy) {
        if (!busy)
            stop();
    });
}

bool RetryCountdown::isCounting() const
{
    return m_timer->isActive();
}

int RetryCountdown::secondsLeft() const
{
    // Rounded, not ceiled: a tick a millisecond early must not show the same second twice.
    return int((m_deadline.remainingTime() + 500) / 1000);
}

void RetryCountdown::start(int delaySeconds, const FetchError &reason)
{
    m_reason = reason;
    m_deadline = QDeadlineTimer(qint64(delaySeconds) * 1000);
    m_timer->start();
    tick();
}

void RetryCountdown::tick()
{
    const int left = secondsLeft();
    if (left <= 0) {
        m_timer->stop(); // the next attempt is running; the call bar shows its progress
        if (m_banner->message() == m_shown)
            m_banner->hide();
        return;
    }
    m_shown = CallService::describeRetry(m_reason, left);
    m_banner->showNotice(m_shown);
}

void RetryCountdown::stop()
{
    m_timer->stop();
    if (!m_banner->isError() && m_banner->message() == m_shown && !m_shown.isEmpty())
        m_banner->hide();
    m_shown.clear();
}
