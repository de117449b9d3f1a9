#pragma once

#include "parse/ParseResult.h"

#include <QObject>

// One test class for parse::MarkdownDigestReader, its slots spread over three files:
// TestMarkdownFixtures.cpp (format variants), TestMarkdownBrokenInput.cpp (bad input) and
// TestMarkdownCorpus.cpp (the real digests under PAPERBOY_CORPUS_DIR).
class TestMarkdownDigestReader final : public QObject
{
    Q_OBJECT

private slots:
    // Format variants, one fixture each.
    void bracketTitles();
    void twoSameDateBlocksMerge();
    void otherDateBlockIsNotAdded();
    void mediaVariants();
    void votes();
    void authors();
    void keyStyles();
    void continuationLines();
    void nestedPlainBullets();
    void noMedia();
    void htmlTitleStaysText();
    void invalidIdsAreSkipped();
    void strayTextIsKeptAndReported();
    void warningToString();

    // Broken input.
    void emptyFile();
    void binaryGarbage();
    void missingHeader();
    void wrongHeaderDate();
    void invalidHeaderDate();
    void truncatedMidSummary();
    void truncatedMidHeading();
    void invalidUtf8();
    void nulBytes();
    void crlfLineEndsReadLikeLf();
    void byteOrderMark();
    void pathologicalMarkdown();
    void fiftyMegabytesInLinearTime();

    // The real corpus.
    void corpusParsesCompletely();
    void corpusSpotChecks();

private:
    static paperboy::parse::ParseResult readFixture(const QString& name, QDate expected = {});
};
