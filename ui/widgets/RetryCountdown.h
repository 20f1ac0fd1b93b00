#pragma once

#include "net/FetchError.h"

#include <QDeadlineTimer>
#include <QObject>

class CallLoader;
class ErrorBanner;
class QTimer;

// While CallLoader waits to try a fetch again, the banner counts down ("…trying again in 12 s."),
// once a second. The call bar's Cancel (CallLoader::cancel) ends the wait and the notice.
class RetryCountdown : public QObject
{
    Q_OBJECT

public:
    RetryCountdown(CallLoader *loader, ErrorBanner *banner, QObject *parent = nullptr);

    bool isCounting() const;
    int secondsLeft() const;

private:
    void start(int delaySeconds, const FetchError &reason);
    void stop();
    void tick();

    ErrorBanner *m_banner;
    QTimer *m_timer;
    QDeadlineTimer m_deadline;
    FetchError m_reason;
    QString m_shown; // the notice this countdown put in the banner
};
