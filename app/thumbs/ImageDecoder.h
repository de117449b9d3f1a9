#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace paperboy::thumbs {

struct DecodeLimits
{
    int maxSide = 4096;          // refused above this many pixels on a side (before decoding)
    int allocationLimitMb = 128; // QImageReader's own guard against decompression bombs
};

struct DecodeResult
{
    QImage image; // null on failure
    QString error;
};

// Decodes downloaded bytes with QImageReader, scaled while decoding where the format allows,
// to fit `target` (device pixels, aspect kept; an empty target keeps the full size).
// The header is checked first: a 100000 x 100000 PNG is refused before a pixel is allocated.
// Runs on worker threads only (the loader never calls it on the GUI thread).
DecodeResult decodeImage(const QByteArray& bytes, QSize target, const DecodeLimits& limits = {});

} // namespace paperboy::thumbs
