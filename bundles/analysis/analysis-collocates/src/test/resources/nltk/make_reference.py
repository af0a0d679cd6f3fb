#!/usr/bin/python3
"""Writes NLTK's bigram association measures over the seeds corpus, the outside check of the
collocates analysis (CollocatesNltkTest compares ours with them).

Input: seeds-tokens.txt, the seeds corpus as the workbench segments it (corpus:export-tokens
--format plain): a sentence per line, tokens separated by single spaces, empty lines between
paragraphs. Every non-empty line is one document given to BigramCollocationFinder.from_documents,
which pads each document's end, so no bigram joins two lines; every token counts (punctuation too),
so N = all tokens. The Java side builds one test-corpus document per non-empty line and counts the
collocates of each word with window 0 left and 1 right over all tokens, which are exactly these
adjacent bigrams, word frequencies and N.

Output: bigram-measures.tsv, one line per adjacent bigram seen at least twice, sorted by the pair:
w1, w2, n_ii (pair), n_ix (w1's frequency), n_xi (w2's frequency), n_xx (N), then NLTK's pmi,
likelihood_ratio, chi_sq, student_t and dice, each written with repr() (shortest round-trip form).

Run with Debian's python3-nltk: /usr/bin/python3 make_reference.py (from this folder). With
--stdout it writes the table to standard output instead (CollocatesNltkTest reruns it so).
"""
import os
import sys

import nltk
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

HERE = os.path.dirname(os.path.abspath(__file__))
MEASURES = ["pmi", "likelihood_ratio", "chi_sq", "student_t", "dice"]


def main(to_stdout):
    with open(os.path.join(HERE, "seeds-tokens.txt"), encoding="utf-8") as source:
        documents = [line.split(" ") for line in source.read().split("\n") if line]
    finder = BigramCollocationFinder.from_documents(documents)
    finder.apply_freq_filter(2)
    n_xx = finder.N
    out = sys.stdout if to_stdout else open(os.path.join(HERE, "bigram-measures.tsv"), "w", encoding="utf-8", newline="\n")
    with out:
        out.write("# NLTK %s BigramAssocMeasures over seeds-tokens.txt (make_reference.py)\n" % nltk.__version__)
        out.write("\t".join(["w1", "w2", "n_ii", "n_ix", "n_xi", "n_xx"] + MEASURES) + "\n")
        for (w1, w2), n_ii in sorted(finder.ngram_fd.items()):
            n_ix, n_xi = finder.word_fd[w1], finder.word_fd[w2]
            scores = [getattr(BigramAssocMeasures, m)(n_ii, (n_ix, n_xi), n_xx) for m in MEASURES]
            out.write("\t".join([w1, w2] + [str(v) for v in (n_ii, n_ix, n_xi, n_xx)] + [repr(s) for s in scores]) + "\n")


if __name__ == "__main__":
    main("--stdout" in sys.argv[1:])
