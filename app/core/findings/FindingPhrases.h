#pragma once

#include "findings/PhraseMatcher.h"

// The phrase lists FindingsDetector looks for, in English and Spanish, kept apart from the
// detection logic so adding a phrase (or a language) touches only this file.
class FindingPhrases
{
public:
    // "I didn't catch that", "¿puede repetir?": either side did not understand the other.
    static const PhraseMatcher &misunderstandingMarkers();
    // The caller asks for a person ("real person", "operador"), with exclusions for the same
    // words in other meanings ("human resources", "agente de seguros").
    static const PhraseMatcher &humanRequests();
};
