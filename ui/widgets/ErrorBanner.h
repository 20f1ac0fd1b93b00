#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A strip at the top of the window for what went wrong (with Retry when trying again can help)
// or a notice. Replaces modal message boxes: the reader keeps the call they were reading.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message, bool canRetry);
    void showNotice(const QString &message);
    QString message() const;
    bool isError() const { return m_error; }
    bool canRetry() const;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_message;
    QPushButton *m_retry;
    QToolButton *m_dismiss;
    bool m_error = false;
};
