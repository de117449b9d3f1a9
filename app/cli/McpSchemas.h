#pragma once

#include <QJsonObject>

// The JSON Schemas of the MCP tools' outputs, written as JSON text: the shapes of PaperJson.h
// and export/UserDataJson.h. Clients (the TypeScript SDK among them) check structuredContent
// against them, so a key added to the CLI's JSON must be added here too.
namespace paperboy::cli::mcpschema {

// `text` as a JSON object; text that is not one is a programming error and stops the program.
QJsonObject object(const char* text);

QJsonObject paper();    // paperToJson
QJsonObject hit();      // hitToJson
QJsonObject bookmark(); // exporting::bookmarkToJson
// {"type": "object", "properties": {<key>: {"type": "array", "items": item}}, ...}, with
// `extra` properties (a schema object) merged in; every property required.
QJsonObject listOf(const char* key, const QJsonObject& item, const QJsonObject& extra = {});

// A reading tool's tools/list entry: `definition` (name, title, description, inputSchema) as
// JSON text, with its outputSchema and the annotations every reading tool shares (reads only,
// and only the local library: a closed world).
QJsonObject readTool(const char* definition, const QJsonObject& outputSchema);

} // namespace paperboy::cli::mcpschema
