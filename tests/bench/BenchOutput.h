#pragma once

#include <QString>
#include <QTextStream>

namespace paperboy::bench {

// One figure per line, "metric value unit", so that scripts and reports can read them.
inline void printMetric(const char* metric, double value, const char* unit)
{
    QTextStream out(stdout);
    out << metric << ' ' << QString::number(value, 'f', value < 100 ? 2 : 0) << ' ' << unit << '\n';
}

// Value of "--name VALUE" in args, or fallback.
inline QString optionValue(const QStringList& args, const QString& name, const QString& fallback)
{
    const int index = int(args.indexOf(name));
    return (index >= 0 && index + 1 < args.size()) ? args.at(index + 1) : fallback;
}

} // namespace paperboy::bench
