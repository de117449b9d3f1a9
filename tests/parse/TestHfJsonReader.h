#pragma once

#include "parse/ParseResult.h"

#include <QObject>

// The test class for parse::HfJsonReader: TestHfJsonFixtures.cpp (own fixtures and broken
// input) and TestHfJsonCorpus.cpp (the real API responses under PAPERBOY_CORPUS_DIR).
class TestHfJsonReader final : public QObject
{
    Q_OBJECT

private slots:
    void minimalEntry();
    void allFields();
    void fallbacksToTopLevelFields();
    void wrongTypesAreIgnoredWithWarnings();
    void nullsAreAbsent();
    void missingIdOrTitleSkipsEntry();
    void duplicateIdsBecomeOnePaper();
    void emptyArray();
    void notAnArray();
    void invalidJson();
    void deeplyNested();
    void dayIsRequired();

    void corpusParsesCompletely();
    void corpusSpotChecks();

private:
    static paperboy::parse::ParseResult readFixture(const QString& name);
};
