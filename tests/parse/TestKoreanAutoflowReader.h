#pragma once

#include "parse/ParseResult.h"

#include <QObject>

// The test class for parse::KoreanAutoflowReader: TestKoreanAutoflowFixtures.cpp (own
// fixtures, one per broken case) and TestKoreanAutoflowCorpus.cpp (the real files under
// PAPERBOY_CORPUS_DIR/hf_korean_autoflow).
class TestKoreanAutoflowReader final : public QObject
{
    Q_OBJECT

private slots:
    void firstGeneration();
    void secondGeneration();
    void entryWithoutKoreanFieldsIsHfOnly();
    void emptyDay();
    void methodAsString();
    void listWhereTextBelongs();
    void nullsAreAbsent();
    void emptyStringsAreAbsent();
    void wrongTypesKeepWhatCanBeRead();
    void noEnglishTitle();
    void missingIdSkipsEntry();
    void duplicatesMerge();
    void notAnArray();
    void invalidJson();

    void corpusReadsWithNothingLost();

private:
    static paperboy::parse::ParseResult readFixture(const QString& name);
};
