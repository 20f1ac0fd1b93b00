#include "alignment/TimelineJson.h"

#include <QJsonArray>
#include <QTest>

class tst_TimelineJson : public QObject
{
    Q_OBJECT

private:
    static Timeline sample()
    {
        Timeline timeline;
        timeline.channels = {1, 0};
        timeline.durationMs = 20000;
        timeline.turns = {{500, 4000, 0.9}, {4300, 6000, 0.75}, {6000, 6000, 0}};
        return timeline;
    }
    static QList<Turn> turns()
    {
        return {{Speaker::Bot, QStringLiteral("Hello")},
                {Speaker::Human, QStringLiteral("Hi")},
                {Speaker::Unknown, QStringLiteral("?")}};
    }

private slots:
    void writesTheContractShape()
    {
        const QJsonObject json = TimelineJson::toJson(sample(), turns(), QStringLiteral("c1"));
        QCOMPARE(json.value(QLatin1String("call_id")).toString(), QStringLiteral("c1"));
        const QJsonObject map = json.value(QLatin1String("channel_map")).toObject();
        QCOMPARE(map.value(QLatin1String("bot")).toInt(), 1);
        QCOMPARE(map.value(QLatin1String("human")).toInt(), 0);
        QCOMPARE(json.value(QLatin1String("duration_ms")).toInteger(), 20000);
        const QJsonArray entries = json.value(QLatin1String("turns")).toArray();
        QCOMPARE(entries.size(), 3);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("turn")).toInt(), 1);
        QCOMPARE(first.value(QLatin1String("speaker")).toString(), QStringLiteral("bot"));
        QCOMPARE(first.value(QLatin1String("start_ms")).toInteger(), 500);
        QCOMPARE(first.value(QLatin1String("end_ms")).toInteger(), 4000);
        QCOMPARE(first.value(QLatin1String("confidence")).toDouble(), 0.9);
        QCOMPARE(entries.at(1).toObject().value(QLatin1String("speaker")).toString(),
                 QStringLiteral("human"));
        QCOMPARE(entries.at(2).toObject().value(QLatin1String("speaker")).toString(),
                 QStringLiteral("unknown"));
    }

    void mixedIsAString()
    {
        Timeline timeline = sample();
        timeline.channels = ChannelMap();
        const QJsonObject map = TimelineJson::toJson(timeline, turns(), QString())
                                    .value(QLatin1String("channel_map"))
                                    .toObject();
        QCOMPARE(map.value(QLatin1String("bot")).toString(), QStringLiteral("mixed"));
        QCOMPARE(map.value(QLatin1String("human")).toString(), QStringLiteral("mixed"));
        const auto back =
            TimelineJson::fromJson(TimelineJson::toJson(timeline, turns(), {}), nullptr);
        QVERIFY(back);
        QVERIFY(back->timeline.channels.isMixed());
    }

    void roundTrips()
    {
        QString error;
        QJsonObject json = TimelineJson::toJson(sample(), turns(), QStringLiteral("c1"));
        json.insert(QStringLiteral("latencies"), QJsonArray()); // added by the CLI, ignored
        const auto back = TimelineJson::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->timeline, sample());
        QCOMPARE(back->callId, QStringLiteral("c1"));
        QCOMPARE(back->speakers, (QList<Speaker>{Speaker::Bot, Speaker::Human, Speaker::Unknown}));
    }

    void rejectsBadFields_data()
    {
        QTest::addColumn<QString>("path"); // "key" or "turns.N.key"
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("call_id number") << "call_id" << QJsonValue(5) << "call_id";
        QTest::newRow("no channel_map") << "channel_map" << QJsonValue() << "channel_map";
        QTest::newRow("duration negative") << "duration_ms" << QJsonValue(-1) << "duration_ms";
        QTest::newRow("duration fraction") << "duration_ms" << QJsonValue(1.5) << "duration_ms";
        QTest::newRow("turns object") << "turns" << QJsonValue(QJsonObject()) << "turns";
        QTest::newRow("turn number") << "turns.1.turn" << QJsonValue(7) << "turns[1].turn";
        QTest::newRow("speaker") << "turns.0.speaker" << QJsonValue(QStringLiteral("robot"))
                                 << "turns[0].speaker";
        QTest::newRow("start string")
            << "turns.0.start_ms" << QJsonValue(QStringLiteral("1")) << "turns[0].start_ms";
        QTest::newRow("end before start")
            << "turns.0.end_ms" << QJsonValue(100) << "turns[0].end_ms";
        QTest::newRow("end past duration")
            << "turns.1.end_ms" << QJsonValue(20001) << "turns[1].end_ms";
        QTest::newRow("confidence above 1")
            << "turns.1.confidence" << QJsonValue(1.5) << "turns[1].confidence";
        QTest::newRow("confidence missing")
            << "turns.1.confidence" << QJsonValue() << "turns[1].confidence";
    }

    void rejectsBadFields()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        QJsonObject json = TimelineJson::toJson(sample(), turns(), QStringLiteral("c1"));
        const QStringList parts = path.split(u'.');
        auto set = [&value](QJsonObject &object, const QString &key) {
            if (value.isUndefined() || value.isNull())
                object.remove(key);
            else
                object.insert(key, value);
        };
        if (parts.size() == 1) {
            set(json, parts.at(0));
        } else {
            QJsonArray entries = json.value(QLatin1String("turns")).toArray();
            QJsonObject entry = entries.at(parts.at(1).toInt()).toObject();
            set(entry, parts.at(2));
            entries.replace(parts.at(1).toInt(), entry);
            json.insert(QStringLiteral("turns"), entries);
        }
        QString error;
        QVERIFY(!TimelineJson::fromJson(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void rejectsInconsistentChannelMaps()
    {
        for (const auto &pair : {std::pair<QJsonValue, QJsonValue>(0, 0),
                                 std::pair<QJsonValue, QJsonValue>(0, QStringLiteral("mixed")),
                                 std::pair<QJsonValue, QJsonValue>(2, 0),
                                 std::pair<QJsonValue, QJsonValue>(QStringLiteral("left"), 1)}) {
            QJsonObject json = TimelineJson::toJson(sample(), turns(), QStringLiteral("c1"));
            json.insert(QStringLiteral("channel_map"),
                        QJsonObject{{QStringLiteral("bot"), pair.first},
                                    {QStringLiteral("human"), pair.second}});
            QString error;
            QVERIFY(!TimelineJson::fromJson(json, &error));
            QVERIFY2(error.contains(QLatin1String("channel_map")), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(tst_TimelineJson)
#include "tst_TimelineJson.moc"
