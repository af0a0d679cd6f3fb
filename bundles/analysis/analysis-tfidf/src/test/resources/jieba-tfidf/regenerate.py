#!/usr/bin/python3
"""Regenerates the reference keywords of Python jieba 0.42.1's TF-IDF (Debian's python3-jieba).

Run with Debian's interpreter: apt-get install python3-jieba && /usr/bin/python3 regenerate.py
Input, next to this script:
  texts.txt        one text per line: paragraphs of seeds/000, 001 (two), 002 and 004 with the print
                   line breaks removed, and a last line written for this check (Latin words, jieba's
                   stopwords, digits, %)
Output, next to it:
  segmented.txt    per text, the tokens of jieba.lcut(text) (HMM on, the segmentation extract_tags
                   uses) joined by single spaces, whitespace-only tokens left out (extract_tags drops
                   them: len(w.strip()) < 2)
  keywords.tsv     per text, every keyword of jieba.analyse.extract_tags(text, topK=None,
                   withWeight=True) in jieba's order: text index, word, weight (repr, round-trips)
  stopwords.txt    jieba.analyse's KeywordExtractor.STOP_WORDS, one per line
  median.txt       the idf jieba gives words missing from its table (IDFLoader's median_idf)
The Java parity test builds a corpus from segmented.txt and runs our tfidf with tf=relative,
idf=jieba, token_types=all, min_length=2 and the stopwords above, which is extract_tags's rule
exactly as long as the checks below hold; it fails here, not in Java, if they do not.
"""
import os

import jieba
import jieba.analyse
from jieba.analyse.tfidf import KeywordExtractor

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    assert jieba.__version__ == "0.42.1", jieba.__version__
    stopwords = KeywordExtractor.STOP_WORDS
    with open(os.path.join(HERE, "texts.txt"), encoding="utf-8") as f:
        texts = [line.rstrip("\n") for line in f if line.strip()]
    segmented, keywords = [], []
    for index, text in enumerate(texts):
        tokens = [t for t in jieba.lcut(text) if t.strip()]
        for token in tokens:
            # our corpus separates tokens by spaces and matches stopwords exactly; extract_tags
            # strips and lower-cases: the texts must not make the two differ
            assert token == token.strip() and not any(c.isspace() for c in token), repr(token)
            assert (token.lower() in stopwords) == (token in stopwords), token
        segmented.append(" ".join(tokens))
        for word, weight in jieba.analyse.extract_tags(text, topK=None, withWeight=True):
            keywords.append("%d\t%s\t%r" % (index, word, weight))
    write("segmented.txt", segmented)
    write("keywords.tsv", keywords)
    write("stopwords.txt", sorted(stopwords))
    write("median.txt", [repr(jieba.analyse.default_tfidf.median_idf)])


def write(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
