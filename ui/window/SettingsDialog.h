#pragma once

#include <QDialog>

class CallLoader;
class ConnectionTester;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// API base URL, timeout, the dead-air threshold and the API key; the shared review database and
// the reviewer's name. The key goes to the keychain through CallLoader (never to QSettings) and is
// never shown back: only its last four characters.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(CallLoader *loader, QWidget *parent = nullptr);

    void setApiBase(const QString &base);
    QString apiBase() const;
    void setTimeoutSeconds(int seconds);
    int timeoutSeconds() const;
    // The dead-air threshold of the timing findings, shown in seconds (0.5 s steps).
    void setDeadAirMs(int ms);
    int deadAirMs() const;
    QString newKey() const; // empty: keep the current key
    bool removeKeyRequested() const { return m_removeKey; }
    QString testResult() const;
    // The shared review database (issue 16): a postgresql:// URL without a password, empty for
    // the local SQLite file; the reviewer's name, required with a shared database.
    void setReviewDatabase(const QString &url);
    QString reviewDatabase() const; // as typed, trimmed
    void setReviewerName(const QString &name);
    QString reviewerName() const;

    void accept() override;
    void testConnection();

private:
    void createLayout();
    void connectParts();
    void updateKeyState();

    CallLoader *m_loader;
    ConnectionTester *m_tester;
    QLineEdit *m_base;
    QSpinBox *m_timeout;
    QDoubleSpinBox *m_deadAir;
    QLabel *m_keyState;
    QLineEdit *m_key;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_result;
    QLineEdit *m_reviewDatabase;
    QLineEdit *m_reviewerName;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_removeKey = false;
};
