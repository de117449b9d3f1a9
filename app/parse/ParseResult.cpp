#include "parse/ParseResult.h"

namespace paperboy::parse {

QString Warning::toString() const
{
    if (line > 0)
        return file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + message;
    return file + QStringLiteral(": ") + message;
}

} // namespace paperboy::parse
