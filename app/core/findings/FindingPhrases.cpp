#include "findings/FindingPhrases.h"

// Phrases are written as people spell them; TextTokenizer folds case, accents and apostrophes.
// Each matcher is built once, on first use (thread-safe static).

const PhraseMatcher &FindingPhrases::misunderstandingMarkers()
{
    static const PhraseMatcher matcher({
        // English
        QStringLiteral("I didn't catch"),
        QStringLiteral("I did not catch"),
        QStringLiteral("didn't catch that"),
        QStringLiteral("could you repeat"),
        QStringLiteral("can you repeat"),
        QStringLiteral("would you repeat"),
        QStringLiteral("could you say that again"),
        QStringLiteral("can you say that again"),
        QStringLiteral("say that again"),
        QStringLiteral("repeat that"),
        QStringLiteral("sorry, I didn't understand"),
        QStringLiteral("I didn't understand"),
        QStringLiteral("I did not understand"),
        QStringLiteral("I don't understand"),
        QStringLiteral("I do not understand"),
        QStringLiteral("I didn't get that"),
        QStringLiteral("I did not get that"),
        QStringLiteral("I'm not sure I understand"),
        QStringLiteral("I'm not sure I follow"),
        QStringLiteral("I couldn't hear"),
        QStringLiteral("I could not hear"),
        QStringLiteral("I can't hear"),
        QStringLiteral("beg your pardon"),
        QStringLiteral("pardon me"),
        QStringLiteral("come again"),
        QStringLiteral("what did you say"),
        QStringLiteral("sorry, what"),
        // Spanish
        QStringLiteral("no entendí"),
        QStringLiteral("no entiendo"),
        QStringLiteral("no le entendí"),
        QStringLiteral("no le entiendo"),
        QStringLiteral("no te entendí"),
        QStringLiteral("no te entiendo"),
        QStringLiteral("no lo entendí"),
        QStringLiteral("no he entendido"),
        QStringLiteral("no le he entendido"),
        QStringLiteral("no te he entendido"),
        QStringLiteral("no lo he entendido"),
        QStringLiteral("¿puede repetir"),
        QStringLiteral("puede repetirlo"),
        QStringLiteral("puede repetirme"),
        QStringLiteral("podría repetir"),
        QStringLiteral("podría repetirlo"),
        QStringLiteral("puedes repetir"),
        QStringLiteral("puedes repetirlo"),
        QStringLiteral("me lo repite"),
        QStringLiteral("me lo puede repetir"),
        QStringLiteral("repítame"),
        QStringLiteral("repítalo"),
        QStringLiteral("repita, por favor"),
        QStringLiteral("no le escuché"),
        QStringLiteral("no te escuché"),
        QStringLiteral("no lo escuché"),
        QStringLiteral("no escuché"),
        QStringLiteral("no le oí"),
        QStringLiteral("no te oí"),
        QStringLiteral("¿cómo dice?"),
        QStringLiteral("no capté"),
    });
    return matcher;
}

const PhraseMatcher &FindingPhrases::humanRequests()
{
    static const PhraseMatcher matcher(
        {
            // English
            QStringLiteral("agent"),
            QStringLiteral("agents"),
            QStringLiteral("representative"),
            QStringLiteral("operator"),
            QStringLiteral("human"),
            QStringLiteral("supervisor"),
            QStringLiteral("a real person"),
            QStringLiteral("real person"),
            QStringLiteral("live person"),
            QStringLiteral("actual person"),
            QStringLiteral("talk to someone"),
            QStringLiteral("speak to someone"),
            QStringLiteral("speak with someone"),
            QStringLiteral("talk to somebody"),
            QStringLiteral("speak to somebody"),
            QStringLiteral("talk to a person"),
            QStringLiteral("speak to a person"),
            // Spanish
            QStringLiteral("agente"),
            QStringLiteral("representante"),
            QStringLiteral("operador"),
            QStringLiteral("operadora"),
            QStringLiteral("persona"),
            QStringLiteral("humano"),
            QStringLiteral("humana"),
            QStringLiteral("asesor"),
            QStringLiteral("asesora"),
            QStringLiteral("hablar con alguien"),
            QStringLiteral("alguien real"),
        },
        {
            // Same words, other meanings.
            QStringLiteral("travel agent"),
            QStringLiteral("insurance agent"),
            QStringLiteral("real estate agent"),
            QStringLiteral("estate agent"),
            QStringLiteral("secret agent"),
            QStringLiteral("free agent"),
            QStringLiteral("human resources"),
            QStringLiteral("human error"),
            QStringLiteral("recursos humanos"),
            QStringLiteral("agente de seguros"),
            QStringLiteral("agente inmobiliario"),
            QStringLiteral("persona física"),
            QStringLiteral("persona jurídica"),
            QStringLiteral("la persona que"),
            QStringLiteral("asesor fiscal"),
        });
    return matcher;
}
