#include "review/ReviewFlagsProxyModel.h"
#include "transcript/BubblePalette.h"
#include "transcript/TranscriptDelegate.h"
#include "transcript/TranscriptModel.h"

#include <QApplication>
#include <QIdentityProxyModel>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// The transcript with review flags on some rows, as ReviewFlagsProxyModel gives them.
class FlaggedTurns : public QIdentityProxyModel
{
public:
    QHash<int, QStringList> categories; // row -> categories of its flags

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QStringList flags = categories.value(index.row());
        switch (role) {
        case ReviewFlagsProxyModel::FlagCountRole:
            return int(flags.size());
        case ReviewFlagsProxyModel::FlagCategoriesRole:
            return flags;
        case ReviewFlagsProxyModel::FlagSummaryRole:
            return flags.join(u" · "_qs);
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }
};

} // namespace

class tst_TranscriptDelegate : public QObject
{
    Q_OBJECT

private slots:
    void geometry_data()
    {
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

    void geometry()
    {
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

    void flagMarker_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("speaker");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("categories");
        const QStringList many{u"Tone"_qs, u"Repeated itself"_qs, u"Wrong information"_qs,
                               u"Missed the goal"_qs};
        for (int width : {200, 360, 1000}) {
            for (int speaker : {int(Speaker::Bot), int(Speaker::Human)}) {
                const QByteArray tag = QByteArray(speaker == int(Speaker::Bot) ? "bot" : "human")
                    + '@' + QByteArray::number(width);
                QTest::newRow(QByteArray(tag + " short, one flag").constData())
                    << width << speaker << u"Ok."_qs << QStringList{u"Tone"_qs};
                QTest::newRow(QByteArray(tag + " long, many flags").constData())
                    << width << speaker << QString(u"lorem ipsum dolor sit amet "_qs).repeated(20)
                    << many;
            }
        }
    }

    void flagMarker()
    {
        QFETCH(int, width);
        QFETCH(int, speaker);
        QFETCH(QString, text);
        QFETCH(QStringList, categories);
        TranscriptModel model;
        model.setTurns({{Speaker(speaker), text}, {Speaker(speaker), text}});
        FlaggedTurns flagged;
        flagged.setSourceModel(&model);
        flagged.categories.insert(1, categories);
        TranscriptDelegate delegate;
        QStyleOptionViewItem option;
        option.rect = QRect(0, 40, width, 0);
        option.font = QApplication::font();
        option.palette = QApplication::palette();

        const BubbleLayout plain = delegate.layout(option, flagged.index(0, 0));
        QVERIFY(plain.flags.isEmpty());
        QVERIFY(plain.flagMarker.isEmpty());
        const QModelIndex index = flagged.index(1, 0);
        const BubbleLayout l = delegate.layout(option, index);
        QVERIFY(!l.flags.isEmpty());
        QCOMPARE(delegate.sizeHint(option, index).height(), l.row.height());
        QVERIFY2(l.bubble.contains(l.flags), "flags outside the bubble");
        QVERIFY(l.flags.contains(l.flagMarker));
        QVERIFY(l.flagMarker.width() > 0 && l.flagMarker.height() > 0);
        QVERIFY2(l.flags.top() > l.text.bottom(), "flags not below the text");
        QVERIFY(!l.flags.intersects(l.label) && !l.flags.intersects(l.number));
        QCOMPARE(l.text.size(), plain.text.size()); // the text keeps its wrapping
        QCOMPARE(l.text.top(), plain.text.top());
        QCOMPARE(l.text.left(), l.bubble.left() + TranscriptDelegate::paddingX);
        QVERIFY(l.bubble.height() > plain.bubble.height()); // room made for the flags line
        if (!l.trailing)
            QCOMPARE(l.bubble.left(), plain.bubble.left()); // still on the leading edge
        QVERIFY(TranscriptDelegate::flagText(index).contains(categories.first()));

        // The marker is drawn in the palette's selection colour, in light and dark themes.
        for (const QPalette &palette : {QPalette(QColor(0xef, 0xef, 0xef)), darkPalette()}) {
            option.palette = palette;
            option.rect = l.row;
            QImage image(width, l.row.bottom() + 1, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            {
                QPainter painter(&image);
                delegate.paint(&painter, option, index);
            }
            const QColor selection = BubblePalette::from(palette).selection;
            bool marker = false;
            for (int y = l.flagMarker.top(); y <= l.flagMarker.bottom() && !marker; ++y) {
                for (int x = l.flagMarker.left(); x <= l.flagMarker.right() && !marker; ++x)
                    marker = QColor(image.pixel(x, y)).rgb() == selection.rgb();
            }
            QVERIFY2(marker, "no flag marker drawn");
        }
    }

    void estimateIsCloseToMeasured()
    {
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

    void showsTheTurnTimeOnceAligned()
    {
        TranscriptModel model;
        model.setTurns({{Speaker::Bot, u"Hello, how can I help?"_qs},
                        {Speaker::Human, u"I want to change my booking."_qs},
                        {Speaker::Bot, u"Of course."_qs}});
        TranscriptDelegate delegate;
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 600, 0);
        option.font = QApplication::font();
        option.palette = QApplication::palette();
        // Untimed: no time, no room taken.
        QVERIFY(TranscriptDelegate::timeText(model.index(0)).isEmpty());
        QVERIFY(delegate.layout(option, model.index(0)).time.isEmpty());

        Timeline timeline;
        timeline.durationMs = 100000;
        timeline.turns = {{1200, 3000, 0.9}, {83000, 86000, 0.3}, {-1, -1, 0.0}};
        model.setTimeline(timeline);
        QCOMPARE(TranscriptDelegate::timeText(model.index(0)), u"0:01"_qs);
        // Low confidence reads as approximate, and the tooltip says why.
        QCOMPARE(TranscriptDelegate::timeText(model.index(1)), u"~1:23"_qs);
        QVERIFY(TranscriptDelegate::timeToolTip(model.index(1)).contains(u"approximate"));
        QVERIFY(!TranscriptDelegate::timeToolTip(model.index(0)).contains(u"approximate"));
        QVERIFY(TranscriptDelegate::timeText(model.index(2)).isEmpty()); // not placed

        for (int row = 0; row < 2; ++row) {
            const BubbleLayout l = delegate.layout(option, model.index(row));
            QVERIFY(!l.time.isEmpty());
            QVERIFY(l.bubble.contains(l.time));
            QVERIFY2(!l.time.intersects(l.number), "time overlaps the turn number");
            QVERIFY2(!l.time.intersects(l.label), "time overlaps the speaker");
            QVERIFY(l.time.right() < l.number.left()); // beside the number, before it
            QCOMPARE(l.time.top(), l.number.top());
        }

        // A click on the time asks to play from that turn; elsewhere it does not.
        QSignalSpy clicked(&delegate, &TranscriptDelegate::timeClicked);
        const BubbleLayout l = delegate.layout(option, model.index(1));
        const auto release = [&](QPoint at) {
            QMouseEvent event(QEvent::MouseButtonRelease, at, at, Qt::LeftButton, Qt::NoButton,
                              Qt::NoModifier);
            return delegate.editorEvent(&event, &model, option, model.index(1));
        };
        QVERIFY(!release(l.text.center()));
        QVERIFY(clicked.isEmpty());
        QVERIFY(release(l.time.center()));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 1);
    }

    void readableInLightAndDarkPalettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light (default)") << QPalette(QColor(0xef, 0xef, 0xef));
        QTest::newRow("dark") << darkPalette();
    }

    void readableInLightAndDarkPalettes()
    {
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
