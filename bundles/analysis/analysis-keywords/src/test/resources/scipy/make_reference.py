#!/usr/bin/python3
"""Writes reference.tsv: for each (a, b, c, d) of cases.tsv, SciPy's log-likelihood (2- and 4-term),
chi-squared without and with Yates's correction, and their p-values (chi2.sf, 1 df).

Run with Debian's python3-scipy (1.10.1 when these values were made):
    /usr/bin/python3 make_reference.py   (in this folder)
With --stdout it writes the table to standard output instead (ScipyReferenceTest reruns it so).

The 2x2 table is [[a, b], [c-a, d-b]]. 2-term G2 (UCREL calculator): 2 * sum xlogy(O, O/E) over the
word's two cells; 4-term G2 (Dunning): power_divergence with lambda_="log-likelihood" over all four
cells, with chi2_contingency's expected frequencies; chi-squared: chi2_contingency(correction=False
and True). A table with a zero expected frequency, which chi2_contingency rejects, gets nan.
"""
import os
import sys
from decimal import Decimal, getcontext

import numpy as np
import scipy
from scipy.special import xlogy
from scipy.stats import chi2, chi2_contingency, power_divergence


def expected(table):
    n = table.sum()
    return np.outer(table.sum(axis=1), table.sum(axis=0)) / n


def exact(a, b, c, d):
    """The four statistics in 60-digit decimals, from the same cited formulas."""
    getcontext().prec = 60
    a, b, c, d = (Decimal(x) for x in (a, b, c, d))
    n = c + d
    rest = n - a - b
    cells = [(a, c * (a + b) / n), (b, d * (a + b) / n), (c - a, c * rest / n), (d - b, d * rest / n)]

    def g(pairs):
        return 2 * sum((o * (o / e).ln() if o > 0 else Decimal(0)) for o, e in pairs)

    ll2 = float(g(cells[:2])) if a + b > 0 else float("nan")
    if any(e == 0 for _, e in cells):
        return [ll2, float("nan"), float("nan"), float("nan")]
    x2 = sum((o - e) ** 2 / e for o, e in cells)
    yates = sum(max(Decimal(0), abs(o - e) - Decimal("0.5")) ** 2 / e for o, e in cells)
    return [ll2, float(g(cells)), float(x2), float(yates)]


def row(a, b, c, d):
    table = np.array([[a, b], [c - a, d - b]], dtype=float)
    e = expected(table)
    ll2 = 2 * (xlogy(a, a / e[0, 0]) + xlogy(b, b / e[0, 1])) if a + b > 0 else float("nan")
    if (e == 0).any():
        ll4 = x2 = yates = float("nan")
    else:
        ll4 = power_divergence(table.ravel(), e.ravel(), ddof=2, lambda_="log-likelihood").statistic
        x2 = chi2_contingency(table, correction=False).statistic
        yates = chi2_contingency(table, correction=True).statistic
    values = [ll2, ll4, x2, yates]
    precise = exact(a, b, c, d)
    return values + precise + [chi2.sf(v, 1) for v in precise]


def main(to_stdout):
    folder = os.path.dirname(os.path.abspath(__file__))
    out = ["# made by make_reference.py with SciPy " + scipy.__version__,
           "# a b c d, SciPy's ll2 ll4 chi2 chi2_yates, the exact (decimal) ll2 ll4 chi2 chi2_yates, "
           + "chi2.sf(exact, 1) of each; tab-separated"]
    with open(os.path.join(folder, "cases.tsv"), encoding="utf-8") as cases:
        for line in cases:
            if line.startswith("#") or not line.strip():
                continue
            a, b, c, d = (int(x) for x in line.split("\t"))
            out.append("\t".join([str(a), str(b), str(c), str(d)] + [repr(float(v)) for v in row(a, b, c, d)]))
    if to_stdout:
        sys.stdout.write("\n".join(out) + "\n")
        return
    with open(os.path.join(folder, "reference.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main("--stdout" in sys.argv[1:])
