#include "ui/detail/AskController.h"

#include "ask/AskCall.h"
#include "ask/AskPrompt.h"
#include "ask/Citations.h"
#include "ask/PaperContext.h"
#include "store/cache/CacheReader.h"
#include "summarize/ApiKeyStore.h"
#include "summarize/SummarySettings.h"
#include "ui/common/FeatureContext.h"
#include "ui/common/UserDataThread.h"
#include "ui/detail/AskPanel.h"
#include "ui/detail/DetailView.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace paperboy::ui {

AskController::AskController(FeatureContext& context, DetailView& detail, QObject* parent)
    : QObject(parent), m_context(context), m_panel(*detail.askPanel()),
      m_keys(std::make_unique<summarize::ApiKeyStore>())
{
    UserDataThread& user = context.userData();
    connect(&detail, &DetailView::paperShown, this, &AskController::onPaperShown);
    connect(&user, &UserDataThread::questionsLoaded, this,
            [this](const QString& paperId, const QList<store::QuestionAnswer>& questions) {
                if (paperId == m_panel.paperId())
                    m_panel.setQuestions(questions);
            });
    connect(&user, &UserDataThread::questionAdded, this,
            [this, &user](const QString& paperId, bool ok, const QString& error) {
                if (!ok)
                    m_context.showStatus(
                        tr("The answer about %1 was not kept: %2").arg(paperId, error), 0);
                if (paperId == m_panel.paperId())
                    user.loadQuestions(paperId);
                emit finished(paperId);
            });
    connect(&m_panel, &AskPanel::askRequested, this, &AskController::ask);
    connect(&m_panel, &AskPanel::cancelRequested, this, &AskController::cancel);
    connect(&m_panel, &AskPanel::pageClicked, this,
            [this](int page) { emit pageLinkActivated(m_panel.paperId(), page); });
    connect(m_keys.get(), &summarize::ApiKeyStore::keyRead, this,
            [this](const QString& key, const QString&) {
                m_key = key; // none: a local server may need none, another one says so
                m_keyRead = true;
                sendWhenReady();
            });
}

AskController::~AskController()
{
    ++m_generation;
    if (m_call)
        m_call->disconnect(this);
}

void AskController::onPaperShown(const QString& paperId)
{
    if (paperId == m_panel.paperId())
        return; // the same paper built again: the panel stays
    if (m_running)
        cancel();
    m_panel.showPaper(paperId);
    m_context.userData().loadQuestions(paperId);
}

void AskController::status(const QString& text)
{
    if (m_paperId == m_panel.paperId())
        m_panel.showRunning(m_question, m_answer, text);
}

void AskController::ask(const QString& question)
{
    const QString paperId = m_panel.paperId();
    if (m_running || paperId.isEmpty())
        return;
    store::CacheReader* reader = m_context.reader();
    // One paper by its key: as cheap as showing it.
    const auto paper = reader ? reader->paper(paperId) : std::nullopt;
    if (!paper) {
        m_panel.showFinished(tr("This paper is not in the cache: sync or import it first."));
        return;
    }
    m_running = true;
    m_paperId = paperId;
    m_question = question;
    m_answer.clear();
    m_prompt.reset();
    m_keyRead = false;
    const int generation = ++m_generation;
    status(tr("Reading the paper…"));

    const summarize::SummarySettings settings = summarize::SummarySettings::load();
    auto* watcher = new QFutureWatcher<ask::AskPrompt>(this);
    connect(watcher, &QFutureWatcher<ask::AskPrompt>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_prompt = std::make_unique<ask::AskPrompt>(watcher->result());
        sendWhenReady();
    });
    watcher->setFuture(QtConcurrent::run(
        [paths = m_context.paths(), paper = *paper, question, budget = settings.pdfTokenBudget] {
            return ask::buildPrompt(ask::loadPaperContext(paths, paper), question, budget);
        }));
    m_keys->read();
}

void AskController::sendWhenReady()
{
    if (!m_running || !m_prompt || !m_keyRead || m_call)
        return;
    const summarize::SummarySettings settings = summarize::SummarySettings::load();
    ask::AskOptions options;
    options.endpoint = QUrl(settings.endpoint);
    options.model = settings.model;
    options.apiKey = m_key;
    options.idleTimeoutMs = settings.timeoutSeconds * 1000;
    m_call = std::make_unique<ask::AskCall>(m_network, options,
                                            ask::askRequestBody(options.model, *m_prompt, true),
                                            m_prompt->answerPrefix);
    connect(m_call.get(), &ask::AskCall::textArrived, this, [this](const QString& piece) {
        m_answer += piece;
        status(QString());
    });
    connect(m_call.get(), &ask::AskCall::waiting, this, [this](int milliseconds) {
        status(tr("The endpoint is busy; asking again in %n second(s)…", nullptr,
                  (milliseconds + 999) / 1000));
    });
    connect(m_call.get(), &ask::AskCall::done, this, &AskController::onDone);
    status(tr("Asking %1…").arg(settings.model));
    m_call->start();
}

void AskController::cancel()
{
    if (!m_running)
        return;
    if (m_call) {
        m_call->cancel(); // answers through onDone
        return;
    }
    ++m_generation; // the prompt or key still coming is dropped
    m_running = false;
    if (m_paperId == m_panel.paperId())
        m_panel.showFinished(tr("Cancelled."));
}

void AskController::onDone(const ask::AskResult& result)
{
    if (m_call)
        m_call.release()->deleteLater(); // we are in its signal
    m_running = false;
    const QString message =
        result.outcome == ask::AskResult::Outcome::Cancelled ? tr("Cancelled.") : result.error;
    if (result.outcome != ask::AskResult::Outcome::Failed && !result.answer.trimmed().isEmpty()) {
        store::QuestionAnswer entry;
        entry.paperId = m_paperId;
        entry.question = m_question;
        entry.answer = result.answer;
        entry.model = summarize::SummarySettings::load().model;
        entry.endpoint = summarize::SummarySettings::load().endpoint;
        entry.pages = ask::citedPages(result.answer);
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.complete = result.complete();
        m_context.userData().addQuestion(entry);
    } else {
        emit finished(m_paperId);
    }
    if (m_paperId == m_panel.paperId())
        m_panel.showFinished(message);
}

} // namespace paperboy::ui
