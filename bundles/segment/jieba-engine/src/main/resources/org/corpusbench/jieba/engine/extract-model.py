#!/usr/bin/python3
"""Writes hmm-model.tsv from Python jieba 0.42.1's finalseg tables (Debian's python3-jieba, MIT).

Lines: "start<TAB>state<TAB>logprob", "trans<TAB>from<TAB>to<TAB>logprob",
"emit<TAB>state<TAB>character<TAB>logprob". Floats are written with repr(), so Java's
Double.parseDouble reads back exactly the doubles Python computes with.
Run: /usr/bin/python3 extract-model.py  (dict.txt beside it is copied from jieba/dict.txt)
"""
import os

from jieba.finalseg.prob_emit import P as emit
from jieba.finalseg.prob_start import P as start
from jieba.finalseg.prob_trans import P as trans

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "hmm-model.tsv"), "w", encoding="utf-8") as out:
    for state in sorted(start):
        out.write("start\t%s\t%r\n" % (state, start[state]))
    for source in sorted(trans):
        for target in sorted(trans[source]):
            out.write("trans\t%s\t%s\t%r\n" % (source, target, trans[source][target]))
    for state in sorted(emit):
        for char in sorted(emit[state]):
            out.write("emit\t%s\t%s\t%r\n" % (state, char, emit[state][char]))
