#include "ui/window/ReaderApp.h"

#include "core/EnglishPlurals.h"
#include "i18n/Language.h"
#include "pdf/PdfSettings.h"
#include "store/db/DataPaths.h"
#include "thumbs/ThumbnailSettings.h"
#include "ui/detail/DetailView.h"
#include "ui/detail/SafeTextBrowser.h"
#include "ui/list/PaperListPane.h"
#include "ui/settings/AppearanceSettings.h"
#include "ui/settings/TrayIcon.h"
#include "ui/style/ReaderStyle.h"
#include "ui/style/Theme.h"
#include "ui/window/CacheUpgrade.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SingleInstance.h"
#include "ui/window/StartupProbe.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QImageReader>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QTemporaryDir>

#include <future>
#include <memory>

namespace paperboy::ui {
namespace {

struct ReaderOptions
{
    QString dataDir;
    bool demo = false;
    bool measureStartup = false;
    bool measureBareWindow = false;
    QStringList imageHosts; // --image-host, beside the setting
    QStringList files;      // digest files and folders to import, as absolute paths
};

ReaderOptions parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("paperboy::ui", "Offline reader for daily AI-paper digests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QApplication::translate("paperboy::ui", "Keep the cache and user data in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QApplication::translate("paperboy::ui",
                                "Show the window in <language>: en or ko (default: the system's)."),
        QStringLiteral("language"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("paperboy::ui",
                                "Open the built-in sample digests in a temporary data folder."));
    // For paperboy-bench only.
    QCommandLineOption measureStartup(QStringLiteral("measure-startup"));
    measureStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption measureBare(QStringLiteral("measure-bare-window"));
    measureBare.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption imageHost(
        QStringLiteral("image-host"),
        QApplication::translate("paperboy::ui",
                                "Also load thumbnails from <host> (may be repeated)."),
        QStringLiteral("host"));
    parser.addOptions({dataDir, language, demo, imageHost, measureStartup, measureBare});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("paperboy::ui", "Digest files or folders to import."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    ReaderOptions options;
    options.dataDir = parser.value(dataDir);
    options.demo = parser.isSet(demo);
    options.imageHosts = parser.values(imageHost);
    options.measureStartup = parser.isSet(measureStartup);
    options.measureBareWindow = parser.isSet(measureBare);
    for (const QString& path : parser.positionalArguments())
        options.files.append(QFileInfo(path).absoluteFilePath());
    return options;
}

// The reference for the startup benchmark: what showing 50 rows costs with nothing else.
int runBareWindow(QApplication& app, StartupProbe& probe)
{
    QListWidget list;
    for (int row = 1; row <= 50; ++row)
        list.addItem(QStringLiteral("Paper title number %1").arg(row));
    list.resize(900, 700);
    probe.watch(list.viewport());
    list.show();
    return app.exec();
}

// Before it decodes its first image, Qt offers the data to every image-format plugin, which
// loads each of them and the libraries they need (SVG, JPEG ...). The first decode is the menu
// bar's extension icon, in the window's first lines; doing it on a thread of its own
// (QImageReader is reentrant, the plugin loader thread-safe) overlaps that loading with
// reading the settings and making the first objects. The image is a 1x1 PNG.
void loadImagePlugins()
{
    QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                            "R42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    QBuffer buffer(&png);
    buffer.open(QIODevice::ReadOnly);
    QImageReader(&buffer).read();
}

} // namespace

int runReader(int argc, char** argv)
{
    QApplication app(argc, argv);
    core::EnglishPlurals plurals; // "1 paper", "3 papers" from "%n paper(s)"
    QApplication::installTranslator(&plurals);
    QApplication::setOrganizationName(QStringLiteral("Paperboy"));
    QApplication::setApplicationName(QStringLiteral("Paperboy"));
    QApplication::setApplicationVersion(QStringLiteral(PAPERBOY_VERSION));
    // The desktop entry's name (Wayland matches windows to it) and its icon, built in so that
    // a run from the build folder has it too; the tray icon uses the same.
    QApplication::setDesktopFileName(QStringLiteral("io.github.paperboy.Paperboy"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/paperboy/icon.svg")));
    // Before the options are parsed, so that --help is in the chosen language too.
    const QString languageChoice = i18n::languageArgument(QApplication::arguments());
    const i18n::InstalledLanguage language(i18n::chooseLanguage(
        languageChoice.isEmpty() ? i18n::savedLanguageChoice() : languageChoice));
    const ReaderOptions options = parseOptions(app);

    std::unique_ptr<StartupProbe> probe;
    if (options.measureStartup || options.measureBareWindow)
        probe = std::make_unique<StartupProbe>();
    if (options.measureBareWindow)
        return runBareWindow(app, *probe);
    // After the options: --help and --version exit the process right there.
    const std::future<void> imagePlugins = std::async(std::launch::async, loadImagePlugins);
    installReaderStyle();
    // The desktop's palette needs nothing; Paperboy's own themes are set before any widget.
    if (const Theme theme = AppearanceSettings::load().theme; theme != Theme::System)
        applyTheme(theme);

    // --demo works on a throw-away folder that lives as long as the process.
    std::unique_ptr<QTemporaryDir> demoDir;
    store::DataPaths paths;
    if (options.demo) {
        demoDir = std::make_unique<QTemporaryDir>();
        if (!demoDir->isValid()) {
            QMessageBox failed(
                QMessageBox::Critical, QApplication::translate("paperboy::ui", "Paperboy"),
                QApplication::translate("paperboy::ui", "Cannot create a temporary folder: %1")
                    .arg(demoDir->errorString()));
            failed.setTextFormat(Qt::PlainText); // the system's message may hold any character
            failed.exec();
            return 1;
        }
        paths = store::DataPaths::inDirectory(demoDir->path());
    } else {
        paths = store::DataPaths::resolve(options.dataDir);
    }

    // One reader per data folder: a second start hands its files to the first and ends.
    std::unique_ptr<SingleInstance> instance;
    if (!options.demo && !options.measureStartup) {
        instance =
            std::make_unique<SingleInstance>(paths.cacheFile + QLatin1Char('\n') + paths.userFile);
        if (!instance->listen() && instance->handOver(options.files))
            return 0;
    }

    // An older cache is upgraded first, with a word on screen when that takes a while.
    if (!options.demo)
        upgradeCacheShowingProgress(paths);

    SyncSetup sync;
    // --demo shows the samples and stays offline; measuring start-up must not download.
    sync.automatic = !options.demo && !options.measureStartup;
    MainWindow window(paths, sync);
    // Like sync: --demo stays offline, and measuring start-up downloads nothing unless the
    // benchmark allows its own loopback image server with --image-host.
    if (sync.automatic || (options.measureStartup && !options.imageHosts.isEmpty())) {
        const thumbs::ThumbnailSettings settings = thumbs::ThumbnailSettings::load();
        thumbs::LoaderOptions thumbnails;
        thumbnails.extraHosts = settings.allowedHosts + options.imageHosts;
        thumbnails.diskLimitBytes = settings.diskLimitBytes();
        if (sync.automatic) {
            const pdf::PdfSettings pdfSettings = pdf::PdfSettings::load();
            pdf::PdfOptions pdfOptions;
            pdfOptions.baseUrl = pdfSettings.baseUrl;
            pdfOptions.maxBytes = qint64(pdfSettings.maxMb) * 1024 * 1024;
            window.enablePdfDownloads(pdfOptions);
        }
        window.setSessionImageHosts(options.imageHosts);
        window.enableThumbnails(thumbnails, settings.prefetchAfterSync);
    }
    if (sync.automatic && SyncSettings::trayAvailable())
        window.trayIcon()->setWanted(window.syncController().settings().trayIcon);
    if (probe) {
        QWidget* list = window.paperList()->view()->viewport();
        probe->watch(window.paperList()->page() == PaperListPane::Page::Papers ? list : &window);
        const DetailView* detail = window.detailView();
        probe->watchDetail(detail->browser()->viewport(),
                           [detail] { return !detail->shownPaperId().isEmpty(); });
    }
    if (instance) {
        QObject::connect(instance.get(), &SingleInstance::activated, &window,
                         [&window](const QStringList& files) {
                             window.showNormal();
                             window.raise();
                             window.activateWindow();
                             if (!files.isEmpty())
                                 window.importPaths(files);
                         });
    }
    window.show();
    if (options.demo)
        window.loadSampleDigests();
    else if (!options.files.isEmpty())
        window.importPaths(options.files);
    return app.exec();
}

} // namespace paperboy::ui
