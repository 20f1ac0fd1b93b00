#pragma once

#include <QLabel>

// A one-line label that elides in the middle when too narrow ("17325451…921336320"), with the
// full text in its tooltip. For long IDs, whose start and end are what people compare.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElided();

    QString m_fullText;
};
