#pragma once

#include <QDialog>

// Name, version, what the app is for, and the Qt it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString versionText();
};
