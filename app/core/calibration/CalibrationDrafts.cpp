#include "calibration/CalibrationDrafts.h"

#include "base/AtomicFileWriter.h"
#include "scorecards/ScorecardError.h"
#include "scorecards/ScorecardJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

QString CalibrationDrafts::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/calibration-drafts.json");
}

CalibrationDrafts::CalibrationDrafts(QString path)
    : m_path(std::move(path))
{
    load();
}

QString CalibrationDrafts::key(const QString &database, qint64 sessionId, const QString &callId,
                               const QString &reviewer)
{
    return database + u'\n' + QString::number(sessionId) + u'\n' + callId + u'\n' + reviewer;
}

bool CalibrationDrafts::insert(const QString &key, const ScorecardAnswers &answers, QString *error)
{
    const auto found = m_drafts.constFind(key);
    if (found != m_drafts.cend() && *found == answers)
        return true; // nothing new to write
    m_drafts.insert(key, answers);
    return save(error);
}

bool CalibrationDrafts::remove(const QString &key, QString *error)
{
    return m_drafts.remove(key) == 0 || save(error);
}

void CalibrationDrafts::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray drafts =
        QJsonDocument::fromJson(file.readAll()).object().value(u"drafts").toArray();
    for (const QJsonValue &entry : drafts) {
        const QJsonObject object = entry.toObject();
        const QString key = object.value(u"key").toString();
        ScorecardError error;
        const std::optional<ScorecardAnswers> answers =
            ScorecardJson::readAnswers(object.value(u"answers").toObject(), &error);
        if (!key.isEmpty() && answers)
            m_drafts.insert(key, *answers);
    }
}

bool CalibrationDrafts::save(QString *error) const
{
    QJsonArray drafts;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it)
        drafts.append(QJsonObject{{QStringLiteral("key"), it.key()},
                                  {QStringLiteral("answers"), ScorecardJson::answersToJson(*it)}});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString reason;
    const bool written = AtomicFileWriter::write(
        m_path, QJsonDocument(QJsonObject{{QStringLiteral("drafts"), drafts}}).toJson(), &reason);
    if (!written && error)
        *error = reason;
    return written;
}
