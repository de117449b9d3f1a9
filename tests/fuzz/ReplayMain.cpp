// The replay half of a fuzz harness: a normal (non-libFuzzer) build of the harness runs every
// input named on the command line, or every file under a named folder, through the same
// LLVMFuzzerTestOneInput the fuzzer uses. ctest runs it on the regression fixtures in
// tests/data/fuzz/<harness> and the project's seed fixtures, so every crash the fuzzer once
// found stays fixed, also in the release and ASan builds (tests/fuzz/CMakeLists.txt).
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

// A harness without regression fixtures yet has no tests/data/fuzz/<harness> folder: nothing to
// replay there (the count check below still fails a run that replays nothing at all).
QStringList inputFiles(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        std::fprintf(stderr, "no %s, nothing replayed from it\n", qPrintable(path));
        return {};
    }
    if (!info.isDir())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const QString& file : inputFiles(QString::fromLocal8Bit(argv[i]))) {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            const QByteArray data = input.readAll();
            // Printed before the run so that a crash names its input.
            std::fprintf(stderr, "replaying %s\n", qPrintable(file));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()),
                                   static_cast<size_t>(data.size()));
            ++replayed;
        }
    }
    std::fprintf(stderr, "%d inputs replayed\n", replayed);
    // Replaying nothing would pass without testing anything: a moved fixture folder must fail.
    return replayed > 0 ? 0 : 1;
}
