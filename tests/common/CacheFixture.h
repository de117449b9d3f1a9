#pragma once

// The store tests' usual setting: a new cache in a temporary folder, with the app's writer and
// a reader over it. open() in a test's init(), close() in its cleanup().

#include "store/cache/CacheReader.h"
#include "store/cache/CacheWriter.h"
#include "store/db/DataPaths.h"

#include <QTemporaryDir>

#include <memory>

namespace paperboy::testing {

struct CacheFixture final
{
    // False with `error` set when the folder or either connection cannot be made.
    bool open(QString* error)
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid()) {
            *error = dir->errorString();
            return false;
        }
        paths = store::DataPaths::inDirectory(dir->path());
        writer = store::CacheWriter::open(paths, error);
        reader = writer ? store::CacheReader::open(paths, error) : nullptr;
        return writer && reader;
    }

    // The reader and writer close before their folder goes.
    void close()
    {
        reader.reset();
        writer.reset();
        dir.reset();
    }

    std::unique_ptr<QTemporaryDir> dir;
    store::DataPaths paths;
    std::unique_ptr<store::CacheWriter> writer;
    std::unique_ptr<store::CacheReader> reader;
};

} // namespace paperboy::testing
