#pragma once

// Reads a Qt Linguist .ts file (the translation sources) for tests: every message with its
// context, source text and translation forms.

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace TsCatalog {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool hasTranslation = false;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one form, or the numerus forms
};

struct Catalog
{
    QString language;
    QList<Message> messages;
    QString error; // non-empty when the file could not be read or parsed
};

inline Catalog read(const QString &path)
{
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalog.error = file.errorString();
        return catalog;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                catalog.language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.hasTranslation = true;
                message.translationType =
                    xml.attributes().value(QLatin1StringView("type")).toString();
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (name == u"numerusform") {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            catalog.messages.append(message);
        }
    }
    if (xml.hasError())
        catalog.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return catalog;
}

} // namespace TsCatalog
