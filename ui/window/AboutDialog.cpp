#include "window/AboutDialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Call Review"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/" CALLREVIEW_APP_ID ".svg")).pixmap(64, 64));
    auto *title = new QLabel(tr("Call Review"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *version = new QLabel(versionText(), this);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *about = new QLabel(tr("Review calls handled by Anunzi AI voice assistants: the call's "
                                "details, its transcript as a chat, find and copy."),
                             this);
    about->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(version);
    layout->addSpacing(8);
    layout->addWidget(about);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(380);
}

QString AboutDialog::versionText()
{
    return tr("Version %1 · Qt %2")
        .arg(QStringLiteral(CALLREVIEW_VERSION), QString::fromLatin1(qVersion()));
}
