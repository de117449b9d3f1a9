// paperboy-bench mcp --data-dir D [--runs 5]: what the MCP server adds to a search. The same
// queries (English and Korean words, a phrase, filters) and options are run as a search on a
// Searcher of its own and as a `tools/call search_papers` line through the server built as
// `paperboy mcp` builds it (parse, check the arguments, search, build the CLI's JSON, write the
// answer line), interleaved so that both see the same cache state.
#include "BenchCommands.h"
#include "BenchOutput.h"
#include "cli/McpTools.h"
#include "mcp/Server.h"
#include "search/QueryParser.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>

namespace paperboy::bench {
namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

template <typename Run> double elapsedMs(Run run)
{
    QElapsedTimer timer;
    timer.start();
    run();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int mcpBench(const QStringList& args)
{
    const QString dir = optionValue(args, QStringLiteral("--data-dir"), QString());
    const int runs = optionValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    QTextStream err(stderr);
    if (dir.isEmpty() || runs < 1) {
        err << "mcp: --data-dir D (a cache made by gen) is required\n";
        return 2;
    }
    const auto paths = store::DataPaths::inDirectory(dir);
    QString error;
    const auto searcher = search::Searcher::open(paths, &error);
    if (!searcher) {
        err << error << '\n';
        return 1;
    }
    cli::LibraryReaders library(paths);
    mcp::ToolRegistry tools;
    mcp::ResourceRegistry resources;
    cli::addMcpTools(tools, resources, library, false);
    mcp::Server server({QStringLiteral("paperboy"), {}, QStringLiteral("bench"), {}}, tools,
                       resources);
    const QStringList queries = {QStringLiteral("model"),
                                 QStringLiteral("diffusion model"),
                                 QStringLiteral("\"sparse attention\""),
                                 QStringLiteral("reason*"),
                                 QStringLiteral("모델"),
                                 QStringLiteral("확산 모델"),
                                 QStringLiteral("강화학습"),
                                 QStringLiteral("에이전트 평가"),
                                 QStringLiteral("author:kim"),
                                 QStringLiteral("agents votes:>50")};
    const int limit = 20;
    QList<double> searchMs, callMs, overheadMs;
    qsizetype answerBytes = 0;
    for (const QString& text : queries) {
        const search::Query query = search::parseQuery(text);
        const QByteArray line =
            QJsonDocument(
                QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                            {QStringLiteral("id"), 1},
                            {QStringLiteral("method"), QStringLiteral("tools/call")},
                            {QStringLiteral("params"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("search_papers")},
                                         {QStringLiteral("arguments"),
                                          QJsonObject{{QStringLiteral("query"), text},
                                                      {QStringLiteral("limit"), limit}}}}}})
                .toJson(QJsonDocument::Compact);
        server.handleLine(line); // opens the server's connections: not part of a call
        for (int i = 0; i < runs; ++i) {
            const double search = elapsedMs([&] {
                searcher->search(query, {search::Sort::Relevance, limit});
            });
            QByteArray answer;
            const double call = elapsedMs([&] { answer = server.handleLine(line); });
            answerBytes += answer.size();
            searchMs.append(search);
            callMs.append(call);
            overheadMs.append(call - search);
        }
    }
    printMetric("mcp_search_queries", double(queries.size()), "queries");
    printMetric("mcp_search_p50_ms", median(searchMs), "ms");
    printMetric("mcp_call_p50_ms", median(callMs), "ms");
    printMetric("mcp_overhead_p50_ms", median(overheadMs), "ms");
    std::sort(overheadMs.begin(), overheadMs.end());
    printMetric("mcp_overhead_p95_ms", overheadMs.at(qsizetype(0.95 * double(overheadMs.size()))),
                "ms");
    printMetric("mcp_answer_kb", double(answerBytes) / double(callMs.size()) / 1e3, "KB");
    return 0;
}

} // namespace paperboy::bench
