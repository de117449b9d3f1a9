#pragma once

#include <QDate>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <utility>

namespace paperboy::synctest {
class PythonHttpServer;
}

namespace paperboy::bench {

// The shared corpus served on 127.0.0.1 the way the upstreams lay it out:
// /paper_logs/YYYY/MM/DD.md (daily_papers_ko) and /hf/YYYY-MM-DD.json (the API days).
class CorpusServer final
{
public:
    CorpusServer();
    ~CorpusServer();

    // Reads --corpus DIR from args (default: the configured shared corpus). False, with a
    // message, when there is no corpus or the server cannot start.
    bool start(const QStringList& args, QString* error);

    QDate firstDay() const { return m_range.first; }
    QDate lastDay() const { return m_range.second; }
    QString markdownTemplate() const;
    QString hfTemplate() const;

private:
    QTemporaryDir m_root;
    std::pair<QDate, QDate> m_range;
    std::unique_ptr<synctest::PythonHttpServer> m_server;
};

} // namespace paperboy::bench
