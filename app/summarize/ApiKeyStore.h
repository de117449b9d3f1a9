#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace paperboy::summarize {

// $PAPERBOY_LLM_API_KEY when it is set (even empty: "no key, and do not ask the keyring").
std::optional<QString> environmentApiKey();

// The endpoint's API key in the system keyring (Secret Service, KWallet ...) through
// QtKeychain, never in a file of ours: no plain-text fallback. Every operation is
// asynchronous and answers with one signal; errors name the keyring's trouble, never the key.
class ApiKeyStore final : public QObject
{
    Q_OBJECT
public:
    explicit ApiKeyStore(QObject* parent = nullptr) : QObject(parent) {}

    void read(); // $PAPERBOY_LLM_API_KEY first, then the keyring
    void write(const QString& key);
    void remove();

signals:
    // `key` empty when there is none; `error` when the keyring could not be read.
    void keyRead(const QString& key, const QString& error);
    void keyWritten(bool ok, const QString& error);
};

} // namespace paperboy::summarize
