#pragma once

#include "cli/Commands.h"

#include <QString>
#include <QUrl>

namespace paperboy::cli {

// The endpoint's key, as `summarize` and `ask` read it: $PAPERBOY_LLM_API_KEY, else the keyring.
// A keyring that cannot be read (no D-Bus session, say) means no key, with a note on stderr
// naming `command`, unless `localEndpoint`: a local server needs none, and the note was noise.
QString readApiKey(CliContext& context, const QString& command, bool localEndpoint);

// Whether the endpoint is a server of this machine or of the local network (llama.cpp, Ollama
// on the desk or in the house), which may well need no key; a server on the internet (the
// default, OpenAI) refuses every request without one.
bool onLocalNetwork(const QUrl& endpoint);

} // namespace paperboy::cli
