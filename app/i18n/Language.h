#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace paperboy::i18n {

// The languages Paperboy's own strings are translated into; English is the source language.
QStringList supportedLanguages(); // {"en", "ko"}

// Which UI language to use: an explicit choice ("--lang ko", or the Settings value) wins when
// it names a supported language; "" or "system" follows the system locale, falling back to
// English for a language Paperboy does not have.
QString chooseLanguage(const QString& explicitChoice, const QLocale& system = QLocale::system());

// The language chosen in Settings ("system", "en" or "ko"), shared by the window and the
// command line; kept in Paperboy's settings file.
QString savedLanguageChoice();
void saveLanguageChoice(const QString& choice);

// The value of a --lang option among `arguments` (either "--lang ko" or "--lang=ko"), or "".
// Read before any parser runs, so that --help is already in the chosen language.
QString languageArgument(const QStringList& arguments);

// Installs the translators of `language` (Paperboy's own and Qt's, for dialog buttons and
// context menus) into the running application, and makes it the default QLocale so that dates
// and numbers follow it. The translators live as long as the returned object.
class InstalledLanguage final
{
public:
    explicit InstalledLanguage(const QString& language);
    ~InstalledLanguage();
    InstalledLanguage(const InstalledLanguage&) = delete;
    InstalledLanguage& operator=(const InstalledLanguage&) = delete;

    QString language() const { return m_language; }
    bool hasOwnTranslation() const { return m_own; } // paperboy_<lang>.qm was loaded
    bool hasQtTranslation() const { return m_qt; }   // qtbase_<lang>.qm was loaded

private:
    QString m_language;
    bool m_own = false;
    bool m_qt = false;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace paperboy::i18n
