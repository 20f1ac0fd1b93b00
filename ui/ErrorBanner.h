#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A failure in words with a Retry button, shown above a list until the next success.
class ErrorBanner : public QFrame {
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message, bool canRetry = true);
    QString message() const;

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
};
