#pragma once

#include "thumbs/ThumbnailSettings.h"
#include "thumbs/ThumbnailTypes.h"

#include <QDate>
#include <QObject>
#include <QStringList>

namespace paperboy::ui {

class DayPrefetcher;
class FeatureContext;
class ThumbnailSource;

// Real thumbnails: the panes' source of images and the background prefetch of the days that
// syncs and imports write. Off until enable(), so that a window made by a test or a benchmark
// never reaches for the internet by itself.
class ThumbnailController final : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailController(FeatureContext& context, QObject* parent = nullptr);

    // Null until enable().
    ThumbnailSource* source() const { return m_source; }
    // The disk cache goes beside the cache file; `prefetch`: days written are fetched in the
    // background. The source is a child of `owner`.
    ThumbnailSource* enable(thumbs::LoaderOptions options, bool prefetch, QObject* owner);
    // Hosts given with --image-host: allowed for this run, beside the setting's hosts.
    void setSessionHosts(const QStringList& hosts) { m_sessionHosts = hosts; }
    // Settings → Thumbnails changed: hosts, disk limit and prefetch apply at once.
    void applySettings(const thumbs::ThumbnailSettings& settings);
    void prefetchDay(QDate day);
    // The network is back: hosts that did not answer are tried at once.
    void networkBack();

signals:
    // Images refused before may be allowed now: the paper on show is to be built again.
    void refusalsForgotten();

private:
    FeatureContext& m_context;
    ThumbnailSource* m_source = nullptr;
    DayPrefetcher* m_prefetcher = nullptr; // a child of m_source, which it uses
    QStringList m_sessionHosts;
};

} // namespace paperboy::ui
