#include "alignment/TwoVoiceModel.h"

#include <QTest>

#include <random>

// The per-call voice model of mono alignment, on made-up feature frames: every expectation
// follows from how the frames were drawn.
class tst_TwoVoiceModel : public QObject
{
    Q_OBJECT

private:
    // Frames around two centres (x, y) in the first two coefficients, the others noise.
    static std::vector<VoiceFeatures::Frame>
    draw(std::mt19937 &random, int count, std::pair<float, float> a, std::pair<float, float> b)
    {
        std::normal_distribution<float> noise(0.0f, 0.7f);
        std::vector<VoiceFeatures::Frame> frames;
        for (int i = 0; i < count; ++i) {
            VoiceFeatures::Frame frame{};
            for (float &value : frame)
                value = noise(random);
            const std::pair<float, float> centre = i % 2 ? a : b;
            frame[0] += centre.first;
            frame[1] += centre.second;
            frames.push_back(frame);
        }
        return frames;
    }

    static bool train(TwoVoiceModel &model, const std::vector<VoiceFeatures::Frame> &bot,
                      const std::vector<VoiceFeatures::Frame> &human)
    {
        std::vector<VoiceFeatures::Frame> frames = bot;
        frames.insert(frames.end(), human.cbegin(), human.cend());
        std::vector<qint8> labels(bot.size(), 1);
        labels.resize(frames.size(), -1);
        return model.train(frames, labels);
    }

private slots:
    void mixtureTellsApartVoicesOneGaussianCannot()
    {
        // The same mean and spread per coefficient for both voices: one diagonal Gaussian
        // each would give log-odds of about 0; the sounds (clusters) differ.
        std::mt19937 random(7);
        const auto bot = draw(random, 2000, {-3, -3}, {3, 3});
        const auto human = draw(random, 2000, {-3, 3}, {3, -3});
        TwoVoiceModel model;
        QVERIFY(train(model, bot, human));
        QCOMPARE(model.componentCount(), TwoVoiceModel::maxComponents);
        int right = 0;
        const auto testBot = draw(random, 500, {-3, -3}, {3, 3});
        const auto testHuman = draw(random, 500, {-3, 3}, {3, -3});
        for (const VoiceFeatures::Frame &frame : testBot)
            right += model.logOdds(frame) > 0;
        for (const VoiceFeatures::Frame &frame : testHuman)
            right += model.logOdds(frame) < 0;
        QVERIFY2(right > 980, qPrintable(QString::number(right)));
    }

    void tooFewFramesIsNotTrained()
    {
        std::mt19937 random(1);
        TwoVoiceModel model;
        QVERIFY(!train(model, draw(random, TwoVoiceModel::minFramesPerVoice - 1, {0, 0}, {0, 0}),
                       draw(random, 1000, {1, 1}, {1, 1})));
        QVERIFY(!model.isTrained());
        QCOMPARE(model.logOdds(VoiceFeatures::Frame{}), 0.0f);
    }

    void componentsFollowTheFrames()
    {
        std::mt19937 random(2);
        TwoVoiceModel model;
        QVERIFY(train(model, draw(random, 150, {0, 0}, {0, 0}), draw(random, 150, {2, 2}, {2, 2})));
        QCOMPARE(model.componentCount(), 1);
        QVERIFY(train(model, draw(random, 450, {0, 0}, {0, 0}), draw(random, 450, {2, 2}, {2, 2})));
        QCOMPARE(model.componentCount(), 4);
    }

    void sameFramesSameModel()
    {
        std::mt19937 random(3);
        const auto bot = draw(random, 3000, {-2, 0}, {2, 1});
        const auto human = draw(random, 3000, {0, 2}, {1, -2});
        TwoVoiceModel first;
        TwoVoiceModel second;
        QVERIFY(train(first, bot, human));
        QVERIFY(train(second, bot, human));
        for (size_t f = 0; f < bot.size(); f += 97)
            QCOMPARE(first.logOdds(bot[f]), second.logOdds(bot[f]));
    }

    void manyFramesAreThinnedNotRefused()
    {
        std::mt19937 random(4);
        const int many = int(TwoVoiceModel::maxTrainingFrames) * 2;
        TwoVoiceModel model;
        QVERIFY(
            train(model, draw(random, many, {-2, 0}, {-2, 0}), draw(random, many, {2, 0}, {2, 0})));
        VoiceFeatures::Frame botLike{};
        botLike[0] = -2;
        QVERIFY(model.logOdds(botLike) > 0);
        QVERIFY(model.logOdds(botLike) <= TwoVoiceModel::clampLogOdds);
    }
};

QTEST_GUILESS_MAIN(tst_TwoVoiceModel)
#include "tst_TwoVoiceModel.moc"
