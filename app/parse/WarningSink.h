#pragma once

#include "parse/ParseResult.h"

#include <QList>
#include <QString>

namespace paperboy::parse {

// Collects the warnings of one file, so that every reader part can report with the file name
// without passing it around.
class WarningSink final
{
public:
    WarningSink(QString file, QList<Warning>& out) : m_file(std::move(file)), m_out(out) {}

    // `line` is 1-based; 0 when no line applies.
    void warn(int line, const QString& message) { m_out.append(Warning{m_file, line, message}); }
    const QString& file() const { return m_file; }

private:
    QString m_file;
    QList<Warning>& m_out;
};

} // namespace paperboy::parse
