#!/usr/bin/python3
"""Regenerates the reference segmentation of Python jieba 0.42.1 (Debian's python3-jieba).

Run with Debian's interpreter: apt-get install python3-jieba && /usr/bin/python3 regenerate.py
It writes, next to itself:
  generated.txt                  about 1 MB of text mixing dictionary words, rare and Extension B
                                 characters, digits, Latin, full-width forms, %, and punctuation;
                                 deterministic (seeded), so it only changes if this script does
  <input>.<mode>.jsonl           for each input (the seeds, generated.txt) and mode, one JSON array
                                 of tokens per input line:
                                   accurate  jieba.cut(line)               (HMM on, the default)
                                   nohmm     jieba.cut(line, HMM=False)
                                   search    jieba.cut_for_search(line)
                                   posseg    jieba.posseg.cut(line), as [word, tag] pairs
                                   posseg-nohmm  jieba.posseg.cut(line, HMM=False), as pairs
  <input>.userdict-<mode>.jsonl  the same five modes on a fresh Tokenizer with userdict.txt loaded
                                 (BOM, CRLF, words without a frequency, tags, a repeated word, frequency 0)
Parity tests compare our segmenter's tokens and tags with these, line by line, token by token.
"""
import json
import os
import random
import sys

import jieba
import jieba.posseg

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "..", "..", "..", "..", "..", "..", "..", "seeds")
MODES = {
    "accurate": lambda line: jieba.cut(line),
    "nohmm": lambda line: jieba.cut(line, HMM=False),
    "search": lambda line: jieba.cut_for_search(line),
    "posseg": lambda line: ([pair.word, pair.flag] for pair in jieba.posseg.cut(line)),
    "posseg-nohmm": lambda line: ([pair.word, pair.flag] for pair in jieba.posseg.cut(line, HMM=False)),
}


def generated_text(size=1_000_000):
    random.seed(20261124)
    with jieba.get_dict_file() as dictionary:  # an open binary file
        words = [line.decode("utf-8").split(" ")[0] for line in dictionary]
    rare = [chr(c) for c in range(0x3400, 0x3500)] + [chr(c) for c in range(0x20000, 0x20100)]
    latin = ["LIAOCHENG", "Daily", "GDP", "iPhone", "COVID-19", "C++", "a.b", "e-mail", "OK"]
    fullwidth = ["ＡＢＣ", "１２３", "２０２４年", "Ｅｍａｉｌ", "（", "）", "％"]
    punctuation = list("，。、；：？！“”‘’（）《》—…·") + [",", ".", "!", "?", "(", ")", ":", ";", "-", "/"]
    pieces, total = [], 0
    while total < size:
        kind = random.random()
        if kind < 0.70:
            piece = random.choice(words)
        elif kind < 0.78:
            piece = random.choice(punctuation)
        elif kind < 0.84:
            piece = str(random.randint(0, 100000)) + random.choice(["", "", "%", ".5", "年", "元"])
        elif kind < 0.89:
            piece = random.choice(latin) + random.choice(["", " "])
        elif kind < 0.93:
            piece = random.choice(fullwidth)
        elif kind < 0.97:
            piece = "".join(random.choice(rare) for _ in range(random.randint(1, 3)))
        elif kind < 0.99:
            piece = " "
        else:
            piece = "\n"
        pieces.append(piece)
        total += len(piece.encode("utf-8"))
    return "".join(pieces) + "\n"


def user_modes():
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(os.path.join(HERE, "userdict.txt"))
    tagger = jieba.posseg.POSTokenizer(tokenizer)
    return {
        "userdict-accurate": lambda line: tokenizer.cut(line),
        "userdict-nohmm": lambda line: tokenizer.cut(line, HMM=False),
        "userdict-search": lambda line: tokenizer.cut_for_search(line),
        "userdict-posseg": lambda line: ([pair.word, pair.flag] for pair in tagger.cut(line)),
        "userdict-posseg-nohmm": lambda line: ([pair.word, pair.flag] for pair in tagger.cut(line, HMM=False)),
    }


def write_reference(path, modes):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    base = os.path.join(HERE, os.path.basename(path))
    for mode, cut in modes.items():
        with open(base + "." + mode + ".jsonl", "w", encoding="utf-8") as out:
            for line in lines:
                out.write(json.dumps(list(cut(line)), ensure_ascii=False) + "\n")


def main():
    if jieba.__version__ != "0.42.1":
        sys.exit("Expected jieba 0.42.1, found " + jieba.__version__)
    jieba.setLogLevel(60)
    generated = os.path.join(HERE, "generated.txt")
    with open(generated, "w", encoding="utf-8") as out:
        out.write(generated_text())
    # the default Tokenizer first: loading a user dictionary changes finalseg's global force-split words
    for name in sorted(os.listdir(SEEDS)):
        if name.endswith(".txt"):
            write_reference(os.path.join(SEEDS, name), MODES)
    write_reference(generated, MODES)
    modes = user_modes()
    for name in sorted(os.listdir(SEEDS)):
        if name.endswith(".txt"):
            write_reference(os.path.join(SEEDS, name), modes)


if __name__ == "__main__":
    main()
