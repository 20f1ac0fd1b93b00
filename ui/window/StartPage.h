#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What the window shows before a call is open: how to begin, and — without an API key — how to
// add one, with the demo call one click away.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    void setKeyState(bool hasKey, bool loading, const QString &keychainError);
    QString text() const;

signals:
    void demoRequested();
    void openRequested();
    void settingsRequested();
    void browseRequested();

private:
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_addKey;
    QPushButton *m_demo;
    QPushButton *m_open;
    QPushButton *m_browse;
};
