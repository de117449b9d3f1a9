#pragma once

#include "store/db/DataPaths.h"

#include <memory>

class QSplitter;
class QWidget;

namespace paperboy::ui {

class Actions;
class AskController;
class DaysController;
class ExportController;
class FeatureContext;
class ForYouController;
class ImportPresenter;
class LibraryController;
class LibrarySyncController;
class NotesController;
class PaperLinksController;
class PdfController;
class ReadController;
class SearchController;
class SettingsController;
class SummaryController;
class SyncPresenter;
class ThumbnailController;
class TrendsController;
class WatchesController;
struct ReaderFocus;
struct ReaderState;
struct SyncSetup;
struct WindowPanes;

// The window's features: the context they share and one controller each. It makes them over
// the panes they drive and wires what one feature does when another acts (wire()), the only
// place where features meet; which pane shows what a feature decides is the window's part.
class Features final
{
public:
    // `window` parents dialogs; `panes` are the window's, built before the features.
    // `focus` tells the controllers what the reader is looking at.
    Features(const store::DataPaths& paths, QWidget& window, const SyncSetup& sync,
             Actions& actions, const WindowPanes& panes, const ReaderState& state,
             ReaderFocus focus);
    // The controllers first, then the context whose threads they use.
    ~Features();
    Features(const Features&) = delete;
    Features& operator=(const Features&) = delete;

    FeatureContext& context() const { return *m_context; }
    DaysController& days() const { return *m_days; }
    LibraryController& library() const { return *m_library; }
    LibrarySyncController& librarySync() const { return *m_librarySync; }
    NotesController& notes() const { return *m_notes; }
    AskController& ask() const { return *m_ask; }
    PaperLinksController& paperLinks() const { return *m_paperLinks; }
    PdfController& pdfs() const { return *m_pdfs; }
    SummaryController& summaries() const { return *m_summaries; }
    SearchController& search() const { return *m_search; }
    ExportController& exports() const { return *m_exports; }
    ImportPresenter& import() const { return *m_import; }
    SyncPresenter& sync() const { return *m_sync; }
    SettingsController& settings() const { return *m_settings; }
    ThumbnailController& thumbnails() const { return *m_thumbnails; }
    ForYouController& forYou() const { return *m_forYou; }
    WatchesController& watches() const { return *m_watches; }
    TrendsController& trends() const { return *m_trends; }
    ReadController& reader() const { return *m_reader; }

private:
    void wire();
    void wireLibrary();
    void wireWrites();
    void wireSettings();

    // The context first: it outlives the controllers, which use its threads.
    std::unique_ptr<FeatureContext> m_context;
    std::unique_ptr<DaysController> m_days;
    std::unique_ptr<LibraryController> m_library;
    std::unique_ptr<LibrarySyncController> m_librarySync;
    std::unique_ptr<NotesController> m_notes;
    std::unique_ptr<AskController> m_ask;
    std::unique_ptr<PaperLinksController> m_paperLinks;
    std::unique_ptr<PdfController> m_pdfs;
    std::unique_ptr<SummaryController> m_summaries;
    std::unique_ptr<SearchController> m_search;
    std::unique_ptr<ExportController> m_exports;
    std::unique_ptr<ImportPresenter> m_import;
    std::unique_ptr<SyncPresenter> m_sync;
    std::unique_ptr<SettingsController> m_settings;
    std::unique_ptr<ThumbnailController> m_thumbnails;
    std::unique_ptr<ForYouController> m_forYou;
    std::unique_ptr<WatchesController> m_watches;
    std::unique_ptr<TrendsController> m_trends;
    std::unique_ptr<ReadController> m_reader;
};

} // namespace paperboy::ui
