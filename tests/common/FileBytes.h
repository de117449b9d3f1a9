#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace paperboy::testing {

// A file's whole content; empty when it cannot be read (the test then compares and fails).
inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace paperboy::testing
