#pragma once

// Sets an environment variable for what runs in this scope (the children a test starts, the
// app it opens), and unsets it again at the end of the scope.

#include <QByteArray>
#include <QtGlobal>

namespace paperboy::testing {

class ScopedEnv final
{
public:
    ScopedEnv(const char* name, const QByteArray& value) : m_name(name) { qputenv(name, value); }
    ~ScopedEnv() { qunsetenv(m_name); }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
};

} // namespace paperboy::testing
