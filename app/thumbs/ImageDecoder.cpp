#include "thumbs/ImageDecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace paperboy::thumbs {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::thumbs::ImageDecoder", text);
}

// Readers draw what they got of a cut-off file (libjpeg fills the rest with grey and only
// warns), so a file must end the way its format ends before it is shown or cached.
bool looksComplete(const QByteArray& bytes, const QByteArray& format)
{
    if (format == "png")
        return bytes.right(12).startsWith(QByteArray(QByteArray::fromHex("00000000") + "IEND"));
    if (format == "jpeg" || format == "jpg") {
        QByteArray tail = bytes.right(64);
        while (tail.endsWith('\0') || tail.endsWith('\n') || tail.endsWith('\r'))
            tail.chop(1);
        return tail.endsWith(QByteArray::fromHex("ffd9"));
    }
    return true;
}

} // namespace

DecodeResult decodeImage(const QByteArray& bytes, QSize target, const DecodeLimits& limits)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(limits.allocationLimitMb);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return {{}, tr("not an image")};
    if (!looksComplete(bytes, reader.format()))
        return {{}, tr("truncated image")};
    const QSize full = reader.size();
    if (!full.isValid() || full.isEmpty())
        return {{}, tr("image without a size")};
    if (full.width() > limits.maxSide || full.height() > limits.maxSide)
        return {{},
                tr("image of %1 x %2 pixels is too large").arg(full.width()).arg(full.height())};
    if (target.isValid() && !target.isEmpty()) {
        const QSize scaled = full.scaled(target, Qt::KeepAspectRatio);
        if (scaled.width() < full.width())
            reader.setScaledSize(scaled.expandedTo(QSize(1, 1)));
    }
    QImage image = reader.read();
    if (image.isNull())
        return {{}, reader.errorString()};
    return {std::move(image), {}};
}

} // namespace paperboy::thumbs
