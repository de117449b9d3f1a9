#pragma once

#include <QtGlobal>

namespace paperboy::test {

// A time limit of a test that guards responsiveness (a GUI stall, a cancel that must be quick),
// multiplied by $PAPERBOY_TEST_TIME_SCALE. The asan test preset sets it: ASan and UBSan make
// every instruction of ours several times slower, while the release suite keeps the limits as
// written, so the promise is still checked where it is made.
inline qint64 timeBudgetMs(qint64 ms)
{
    const int scale = qEnvironmentVariableIntValue("PAPERBOY_TEST_TIME_SCALE");
    return scale > 1 ? ms * scale : ms;
}

} // namespace paperboy::test
