#include "pdf/PdfFiles.h"

#include "core/ArxivId.h"

#include <QDir>
#include <QFileInfo>

namespace paperboy::pdf {
namespace {

// Old-style ids carry a slash (hep-th/9901001): one flat folder, so it becomes '_'.
QString fileStem(const QString& paperId)
{
    const auto id = core::ArxivId::parse(paperId);
    if (!id)
        return {};
    QString stem = id->id();
    stem.replace(QLatin1Char('/'), QLatin1Char('_'));
    return stem;
}

} // namespace

PdfFiles::PdfFiles(const QString& userFile)
    : m_directory(QFileInfo(userFile).absoluteDir().filePath(QStringLiteral("pdf")))
{}

PdfFiles PdfFiles::inFolder(const QString& directory)
{
    PdfFiles files{QString()};
    files.m_directory = QDir(directory).absolutePath();
    return files;
}

QString PdfFiles::fileFor(const QString& paperId) const
{
    const QString stem = fileStem(paperId);
    return stem.isEmpty() ? QString() : QDir(m_directory).filePath(stem + QStringLiteral(".pdf"));
}

QString PdfFiles::partFileFor(const QString& paperId) const
{
    const QString file = fileFor(paperId);
    return file.isEmpty() ? QString() : file + QStringLiteral(".part");
}

bool PdfFiles::has(const QString& paperId) const
{
    const QString file = fileFor(paperId);
    return !file.isEmpty() && QFileInfo(file).isFile();
}

} // namespace paperboy::pdf
