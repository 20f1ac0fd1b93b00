#include "BubblePalette.h"
#include "TranscriptDelegate.h"
#include "TranscriptModel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

namespace {

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

class tst_TranscriptDelegate : public QObject {
    Q_OBJECT

private slots:
    void geometry_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("speaker");
        QTest::addColumn<QString>("text");
        const QString longText = QString(u"lorem ipsum dolor sit amet "_qs).repeated(40);
        const QString longWord = QString(120, u'x');
        const QString lines = u"first line\nsecond line\nthird, a little longer line"_qs;
        for (int width : {200, 360, 640, 1000, 1600}) {
            for (int speaker : {int(Speaker::Bot), int(Speaker::Human)}) {
                const QByteArray who = speaker == int(Speaker::Bot) ? "bot" : "human";
                const QByteArray tag = who + '@' + QByteArray::number(width);
                QTest::newRow(QByteArray(tag + " short").constData())
                    << width << speaker << u"Ok."_qs;
                QTest::newRow(QByteArray(tag + " long").constData())
                    << width << speaker << longText;
                QTest::newRow(QByteArray(tag + " long word").constData())
                    << width << speaker << longWord;
                QTest::newRow(QByteArray(tag + " lines").constData()) << width << speaker << lines;
                QTest::newRow(QByteArray(tag + " empty").constData())
                    << width << speaker << QString();
            }
        }
    }

    void geometry() {
        QFETCH(int, width);
        QFETCH(int, speaker);
        QFETCH(QString, text);
        TranscriptModel model;
        // Turn 1234 of the call, so the number is wide.
        QList<Turn> turns(1234);
        turns.last() = {Speaker(speaker), text};
        model.setTurns(turns);
        const QModelIndex index = model.index(1233);
        TranscriptDelegate delegate;
        QStyleOptionViewItem option;
        option.rect = QRect(0, 40, width, 0);
        option.font = QApplication::font();
        option.palette = QApplication::palette();
        const BubbleLayout l = delegate.layout(option, index);

        QCOMPARE(l.row.width(), width);
        QCOMPARE(delegate.sizeHint(option, index).height(), l.row.height());
        QVERIFY(l.row.contains(l.bubble));
        QVERIFY(l.bubble.contains(l.label));
        QVERIFY(l.bubble.contains(l.number));
        QVERIFY2(l.bubble.contains(l.text) || l.text.isEmpty(), "text outside the bubble");
        QVERIFY2(!l.label.intersects(l.text), "label overlaps the text");
        QVERIFY2(!l.number.intersects(l.text), "turn number overlaps the text");
        QVERIFY2(!l.label.intersects(l.number), "label overlaps the turn number");
        // Assistant on the leading (left) side, caller on the trailing side.
        const int leftGap = l.bubble.left() - l.row.left();
        const int rightGap = l.row.right() - l.bubble.right();
        if (Speaker(speaker) == Speaker::Bot)
            QCOMPARE(leftGap, TranscriptDelegate::sideMargin);
        else
            QCOMPARE(rightGap, TranscriptDelegate::sideMargin);
        QVERIFY(l.trailing == (Speaker(speaker) == Speaker::Human));

        // Painting stays inside the row: everything outside is still transparent.
        option.rect = l.row;
        QImage image(width + 40, l.row.bottom() + 40, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
        }
        bool inside = false;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(image.pixel(x, y)) == 0)
                    continue;
                QVERIFY2(l.row.contains(x, y),
                         qPrintable(u"painted outside the row at %1,%2"_qs.arg(x).arg(y)));
                inside = true;
            }
        }
        QVERIFY(inside);
    }

    void estimateIsCloseToMeasured() {
        TranscriptModel model;
        model.setTurns({{Speaker::Bot, QString(u"lorem ipsum dolor sit amet "_qs).repeated(7)}});
        TranscriptDelegate delegate;
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 800, 0);
        option.font = QApplication::font();
        const int measured = delegate.layout(option, model.index(0)).height();
        const int estimated =
            delegate.heightEstimate(800, option.font)(int(model.turns()[0].text.size()));
        QVERIFY2(qAbs(measured - estimated) <= measured / 3,
                 qPrintable(u"measured %1, estimated %2"_qs.arg(measured).arg(estimated)));
    }

    void readableInLightAndDarkPalettes_data() {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light (default)") << QPalette(QColor(0xef, 0xef, 0xef));
        QTest::newRow("dark") << darkPalette();
    }

    void readableInLightAndDarkPalettes() {
        QFETCH(QPalette, palette);
        const BubblePalette colours = BubblePalette::from(palette);
        // WCAG AA: 4.5 for body text, 3 for the bold labels.
        QVERIFY(BubblePalette::contrast(colours.text, colours.assistantFill) >= 4.5);
        QVERIFY(BubblePalette::contrast(colours.text, colours.callerFill) >= 4.5);
        QVERIFY(BubblePalette::contrast(colours.text, colours.match) >= 3.0);
        QVERIFY(BubblePalette::contrast(colours.assistantLabel, colours.assistantFill) >= 3.0);
        QVERIFY(BubblePalette::contrast(colours.callerLabel, colours.callerFill) >= 3.0);
        QVERIFY(colours.assistantFill != colours.callerFill);
    }
};

QTEST_MAIN(tst_TranscriptDelegate)
#include "tst_TranscriptDelegate.moc"
