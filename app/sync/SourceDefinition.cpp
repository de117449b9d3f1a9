#include "sync/SourceDefinition.h"

#include "core/Digest.h"
#include "sync/UrlSafety.h"

#include <QCoreApplication>

namespace paperboy::sync {
namespace {

// This file's translation context: a class, not a helper function, so that lupdate sees
// every Text::tr() call and files it under the context the code translates with.
struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::sync::SourceDefinition)
};

QString expand(const QString& urlTemplate, QDate day)
{
    QString url = urlTemplate;
    url.replace(QLatin1String("{date}"), day.toString(Qt::ISODate));
    url.replace(QLatin1String("{yyyy}"), day.toString(QStringLiteral("yyyy")));
    url.replace(QLatin1String("{MM}"), day.toString(QStringLiteral("MM")));
    url.replace(QLatin1String("{dd}"), day.toString(QStringLiteral("dd")));
    return url;
}

} // namespace

QString formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Markdown:
        return QStringLiteral("markdown");
    case SourceFormat::HfJson:
        return QStringLiteral("hf-json");
    case SourceFormat::KoreanAutoflow:
        return QStringLiteral("korean-autoflow");
    }
    return {};
}

std::optional<SourceFormat> formatFromName(const QString& name)
{
    for (const SourceFormat format :
         {SourceFormat::Markdown, SourceFormat::HfJson, SourceFormat::KoreanAutoflow}) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QUrl SourceDefinition::urlFor(QDate day) const
{
    return QUrl(expand(urlTemplate, day));
}

bool SourceDefinition::isBuiltIn() const
{
    for (const SourceDefinition& builtIn : builtInSources()) {
        if (builtIn.name == name)
            return true;
    }
    return false;
}

SourceDefinitions builtInSources()
{
    return {
        {core::huggingFaceSource(),
         QStringLiteral("https://huggingface.co/api/daily_papers?date={date}"),
         SourceFormat::HfJson, true},
        {core::koreanDigestSource(),
         QStringLiteral("https://raw.githubusercontent.com/l-yohai/daily_papers_ko/main/"
                        "paper_logs/{yyyy}/{MM}/{dd}.md"),
         SourceFormat::Markdown, true},
        // Published 2024-12-16 .. 2026-02 (later days are []); 404 means no file that day.
        {core::koreanAutoflowSource(),
         QStringLiteral("https://raw.githubusercontent.com/jeongiin/hf-daily-paper-korean-autoflow/"
                        "main/hf-daily-paper-ko-gpt/{yyyy}-{MM}-{dd}_paper_ko.json"),
         SourceFormat::KoreanAutoflow, true},
    };
}

QString validateSource(const SourceDefinition& source)
{
    if (source.name.trimmed().isEmpty())
        return Text::tr("A source needs a name.");
    if (source.name != source.name.trimmed() || source.name.contains(QLatin1Char('\n')))
        return Text::tr("A source name cannot start or end with spaces or span lines.");
    if (source.urlTemplate.trimmed().isEmpty())
        return Text::tr("The source '%1' has no URL template.").arg(source.name);

    // The template must tell every day apart, or every day would fetch the same document.
    const QDate day(2024, 1, 1);
    const QString base = expand(source.urlTemplate, day);
    for (const QDate other : {day.addDays(1), day.addMonths(1), day.addYears(1)}) {
        if (expand(source.urlTemplate, other) == base)
            return Text::tr("The URL template of '%1' must name the day with {date}, or with "
                            "{yyyy}, {MM} and {dd}.")
                .arg(source.name);
    }
    if (base.contains(QLatin1Char('{')) || base.contains(QLatin1Char('}')))
        return Text::tr("The URL template of '%1' has an unknown placeholder; use {date}, {yyyy}, "
                        "{MM} or {dd}.")
            .arg(source.name);

    const QUrl url(base, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Text::tr("The URL template of '%1' does not make a valid URL.").arg(source.name);
    // The server is checked once for all days, so the day may not change it: http://[::{dd}]/
    // is this computer on the 1st of a month only, and another host on every other day.
    const auto server = [](const QString& text) {
        return QUrl(text).adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    };
    for (const QDate other : {day.addDays(1), day.addMonths(1), day.addYears(1)}) {
        if (server(expand(source.urlTemplate, other)) != server(base))
            return Text::tr("The URL template of '%1' may name the day in its path or query "
                            "only, not in the server's address.")
                .arg(source.name);
    }
    if (!isAllowedFetchUrl(url))
        return Text::tr("The source '%1' must use https (plain http only for this computer: "
                        "localhost, 127.0.0.1, ::1).")
            .arg(source.name);
    return {};
}

} // namespace paperboy::sync
