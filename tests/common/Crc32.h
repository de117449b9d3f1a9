#pragma once

#include <QByteArray>

namespace paperboy::testing {

// CRC-32 (IEEE 802.3, as PNG chunks and gzip trailers want it), bit by bit: the test servers make
// only small files, and the code stays short enough to check by eye.
inline quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

} // namespace paperboy::testing
