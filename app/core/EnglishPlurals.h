#pragma once

#include <QTranslator>

namespace paperboy::core {

// The English forms of Paperboy's counted strings, written "%n paper(s)" as Qt's plural
// handling asks. English is the source language, so no translation is loaded for it and Qt
// would show "1 paper(s)"; this translator drops "(s)" / "(es)" for one and keeps the "s" /
// "es" otherwise. Install it before any real translation: those are asked first, and a
// string they do not translate still reads as English.
class EnglishPlurals final : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace paperboy::core
