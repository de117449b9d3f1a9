#include "i18n/Language.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace paperboy::i18n {

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString chooseLanguage(const QString& explicitChoice, const QLocale& system)
{
    const QString choice = explicitChoice.trimmed().toLower();
    if (supportedLanguages().contains(choice))
        return choice;
    const QString systemLanguage = QLocale::languageToCode(system.language());
    return supportedLanguages().contains(systemLanguage) ? systemLanguage : QStringLiteral("en");
}

QString savedLanguageChoice()
{
    return core::Settings().read(core::preference::language);
}

void saveLanguageChoice(const QString& choice)
{
    core::Settings().write(core::preference::language, choice);
}

QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang"))
            return arguments.value(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

InstalledLanguage::InstalledLanguage(const QString& language) : m_language(language)
{
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return; // the source strings are English; Qt's own are too
    auto own = std::make_unique<QTranslator>();
    // Embedded by qt_add_translations (resources/translations/paperboy_<lang>.ts).
    if (own->load(QStringLiteral(":/i18n/paperboy_") + language)) {
        QCoreApplication::installTranslator(own.get());
        m_translators.push_back(std::move(own));
        m_own = true;
    }
    auto qt = std::make_unique<QTranslator>();
    // Debian's qt6-translations-l10n: Qt's dialog buttons, context menus and so on.
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_translators.push_back(std::move(qt));
        m_qt = true;
    }
}

InstalledLanguage::~InstalledLanguage()
{
    for (const auto& translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

} // namespace paperboy::i18n
