#pragma once

#include <QString>

namespace paperboy::ui {

// The sample digests compiled into the program (resources/sample), laid out like the
// daily_papers_ko repository (YYYY/MM/DD.md) so that they import like any other folder.
inline QString sampleDigestsPath()
{
    return QStringLiteral(":/paperboy/sample");
}

} // namespace paperboy::ui
