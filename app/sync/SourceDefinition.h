#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace paperboy::sync {

// How a source's response body is read.
enum class SourceFormat {
    Markdown,       // a daily_papers_ko style digest
    HfJson,         // a Hugging Face daily_papers API response (paged with p/limit)
    KoreanAutoflow, // a day of hf-daily-paper-korean-autoflow (one static JSON file)
};

QString formatName(SourceFormat format);
std::optional<SourceFormat> formatFromName(const QString& name);

// One place digests come from. The URL template names the day with {date} (YYYY-MM-DD) or
// {yyyy}, {MM} and {dd}. The name is what the cache records as digest.source, so it must stay
// stable: renaming a source would orphan everything fetched under the old name.
struct SourceDefinition
{
    QString name;
    QString urlTemplate;
    SourceFormat format = SourceFormat::Markdown;
    bool enabled = true;

    QUrl urlFor(QDate day) const;
    bool isBuiltIn() const;

    friend bool operator==(const SourceDefinition& a, const SourceDefinition& b)
    {
        return a.name == b.name && a.urlTemplate == b.urlTemplate && a.format == b.format &&
               a.enabled == b.enabled;
    }
};

using SourceDefinitions = QList<SourceDefinition>;

// Hugging Face Daily Papers, the Korean digests and the Korean briefs, all enabled.
SourceDefinitions builtInSources();

// Empty when `source` may be used; otherwise a translated reason. Checks the name, that the
// template names the day, and that the URLs it makes are https (plain http only to loopback).
QString validateSource(const SourceDefinition& source);

} // namespace paperboy::sync

Q_DECLARE_METATYPE(paperboy::sync::SourceDefinition)
