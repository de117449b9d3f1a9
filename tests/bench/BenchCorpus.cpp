#include "BenchCorpus.h"

#include "BenchOutput.h"
#include "PythonHttpServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace paperboy::bench {
namespace {

#ifdef PAPERBOY_CORPUS_DIR
const char* const defaultCorpus = PAPERBOY_CORPUS_DIR;
#else
const char* const defaultCorpus = "../shared/corpus";
#endif

// The first and last day that has a file in the corpus, of either source.
std::pair<QDate, QDate> corpusRange(const QString& corpus)
{
    static const QRegularExpression datePattern(
        QStringLiteral("(\\d{4})[-/](\\d{2})[-/](\\d{2})\\.(md|json)$"));
    QDate first;
    QDate last;
    QDirIterator it(corpus, {QStringLiteral("*.md"), QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto match = datePattern.match(it.next());
        const QDate day(match.captured(1).toInt(), match.captured(2).toInt(),
                        match.captured(3).toInt());
        if (!match.hasMatch() || !day.isValid())
            continue;
        first = first.isValid() ? qMin(first, day) : day;
        last = last.isValid() ? qMax(last, day) : day;
    }
    return {first, last};
}

} // namespace

CorpusServer::CorpusServer() = default;
CorpusServer::~CorpusServer() = default;

bool CorpusServer::start(const QStringList& args, QString* error)
{
    const QString corpus =
        optionValue(args, QStringLiteral("--corpus"), QString::fromLocal8Bit(defaultCorpus));
    m_range = corpusRange(corpus);
    if (!m_range.first.isValid() ||
        !QFile::link(QDir(corpus).absoluteFilePath(QStringLiteral("daily_papers_ko")),
                     m_root.filePath(QStringLiteral("paper_logs"))) ||
        !QFile::link(QDir(corpus).absoluteFilePath(QStringLiteral("hf_daily_papers")),
                     m_root.filePath(QStringLiteral("hf")))) {
        *error = QStringLiteral("no corpus at %1 (use --corpus DIR)").arg(corpus);
        return false;
    }
    m_server = std::make_unique<synctest::PythonHttpServer>(m_root.path());
    return m_server->start(error);
}

QString CorpusServer::markdownTemplate() const
{
    return m_server->baseUrl() + QStringLiteral("/paper_logs/{yyyy}/{MM}/{dd}.md");
}

QString CorpusServer::hfTemplate() const
{
    return m_server->baseUrl() + QStringLiteral("/hf/{date}.json");
}

} // namespace paperboy::bench
