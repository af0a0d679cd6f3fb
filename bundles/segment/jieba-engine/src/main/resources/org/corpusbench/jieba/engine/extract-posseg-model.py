#!/usr/bin/python3
"""Writes posseg-model.tsv from Python jieba 0.42.1's posseg tables (Debian's python3-jieba, MIT).

States are (position, tag) pairs such as ('B', 'n'), written "B,n". Lines:
"start<TAB>state<TAB>logprob", "trans<TAB>from<TAB>to<TAB>logprob",
"emit<TAB>state<TAB>character<TAB>logprob", "states<TAB>character<TAB>state state ..."
(char_state_tab: the states a character may take). Floats are written with repr(), so Java's
Double.parseDouble reads back exactly the doubles Python computes with.
Run: /usr/bin/python3 extract-posseg-model.py
"""
import os

from jieba.posseg.char_state_tab import P as char_states
from jieba.posseg.prob_emit import P as emit
from jieba.posseg.prob_start import P as start
from jieba.posseg.prob_trans import P as trans

HERE = os.path.dirname(os.path.abspath(__file__))


def name(state):
    return "%s,%s" % state


with open(os.path.join(HERE, "posseg-model.tsv"), "w", encoding="utf-8") as out:
    for state in sorted(start):
        out.write("start\t%s\t%r\n" % (name(state), start[state]))
    for source in sorted(trans):
        for target in sorted(trans[source]):
            out.write("trans\t%s\t%s\t%r\n" % (name(source), name(target), trans[source][target]))
    for state in sorted(emit):
        for char in sorted(emit[state]):
            out.write("emit\t%s\t%s\t%r\n" % (name(state), char, emit[state][char]))
    for char in sorted(char_states):
        out.write("states\t%s\t%s\n" % (char, " ".join(name(state) for state in char_states[char])))
