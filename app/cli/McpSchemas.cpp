#include "cli/McpSchemas.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paperboy::cli::mcpschema {

QJsonObject object(const char* text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (!document.isObject())
        qFatal("mcp: schema is not a JSON object: %s", qPrintable(error.errorString()));
    return document.object();
}

QJsonObject paper()
{
    return object(R"json({"type": "object",
        "required": ["id", "title", "title_ko", "authors", "votes", "date", "sections",
                     "abstract", "ai_summary", "keywords", "links", "sources", "summary"],
        "properties": {
            "id": {"type": "string", "description": "arXiv id"},
            "title": {"type": "string"},
            "title_ko": {"type": ["string", "null"], "description": "Korean title"},
            "authors": {"type": "array", "items": {"type": "string"}},
            "votes": {"type": ["integer", "null"], "description": "Hugging Face upvotes"},
            "date": {"type": "string", "description": "first day a digest listed it"},
            "thumbnail": {"type": ["string", "null"]},
            "media": {"type": "array", "items": {"type": "string"}},
            "sections": {"type": "array", "description": "Korean digest sections",
                "items": {"type": "object", "properties": {"name": {"type": "string"},
                    "markdown": {"type": "string"}, "source": {"type": ["string", "null"]}}}},
            "abstract": {"type": ["string", "null"]},
            "ai_summary": {"type": ["string", "null"]},
            "keywords": {"type": "array", "items": {"type": "string"}},
            "links": {"type": "object", "additionalProperties": {"type": "string"}},
            "sources": {"type": "array", "items": {"type": "string"}},
            "summary": {"type": ["object", "null"],
                        "description": "model and date of a generated Korean summary"}
        }})json");
}

QJsonObject hit()
{
    return object(R"json({"type": "object",
        "required": ["id", "date", "title", "votes", "snippet", "highlights"],
        "properties": {
            "id": {"type": "string", "description": "arXiv id"},
            "date": {"type": "string"},
            "title": {"type": "string"},
            "votes": {"type": ["integer", "null"]},
            "snippet": {"type": "string", "description": "matching text, empty for filters"},
            "highlights": {"type": "array", "description": "[start, length] in the snippet",
                "items": {"type": "array", "items": {"type": "integer"}}}
        }})json");
}

QJsonObject bookmark()
{
    return object(R"json({"type": "object", "required": ["id", "title"],
        "properties": {
            "id": {"type": "string"},
            "title": {"type": "string"},
            "authors": {"type": "array", "items": {"type": "string"}},
            "date": {"type": ["string", "null"]},
            "links": {"type": "object"},
            "bookmarked_at": {"type": ["string", "null"]}
        }})json");
}

QJsonObject listOf(const char* key, const QJsonObject& item, const QJsonObject& extra)
{
    QJsonObject properties = extra;
    properties.insert(QString::fromLatin1(key),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                  {QStringLiteral("items"), item}});
    QJsonArray required;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        required.append(it.key());
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("required"), required}};
}

QJsonObject readTool(const char* definition, const QJsonObject& outputSchema)
{
    QJsonObject tool = object(definition);
    tool.insert(QStringLiteral("outputSchema"), outputSchema);
    tool.insert(QStringLiteral("annotations"),
                QJsonObject{{QStringLiteral("readOnlyHint"), true},
                            {QStringLiteral("openWorldHint"), false}});
    return tool;
}

} // namespace paperboy::cli::mcpschema
