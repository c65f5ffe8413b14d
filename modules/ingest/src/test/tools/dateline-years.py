#!/usr/bin/env python3
"""Publication dates of the train and dev corpora against their gold `published` (helper xdateline).

Runs `./geowire inspect --json` over each split (never corpora/test) and prints
- every article whose yearless wire dateline ("PANAMA CITY, Feb 7 (Agency) -") got a wrong publication date,
- per split and in all: yearless datelines right of those whose gold has a date, and all articles' publication
  dates right of all (an article whose gold has no date is right when it gets none).

Usage, from the repository root: python3 modules/ingest/src/test/tools/dateline-years.py [--quiet]
"""
import json
import os
import re
import subprocess
import sys

CORPORA = "modules/extract/src/test/resources/corpora"
SPLITS = ("train", "dev")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a place in capitals (maybe "A/B", maybe ", Country"), then month and day, then not a year
YEARLESS = re.compile(r"^[A-Z][A-Z .'/-]+(?:, [A-Z][A-Za-z .]+)?, " + MONTH + r" \d{1,2}(?!\d|,? \d{4})\b")


def inspect(split):
    out = subprocess.run(["./geowire", "inspect", "--json", f"{CORPORA}/{split}/corpus"], check=True,
                         capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def gold_published(split, article):
    name = os.path.splitext(article)[0] + ".json"
    with open(f"{CORPORA}/{split}/gold/{name}", encoding="utf-8") as f:
        return json.load(f).get("published")


def yearless(text):
    return any(YEARLESS.match(line) for line in text.split("\n")[:3])


def main():
    quiet = "--quiet" in sys.argv
    totals = [0, 0, 0, 0]
    for split in SPLITS:
        counts = [0, 0, 0, 0]  # yearless right, yearless, all right, all
        for a in inspect(split):
            gold = gold_published(split, a["article"])
            right = a["published"] == gold
            counts[2] += right
            counts[3] += 1
            if yearless(a["text"]) and gold is not None:  # a gold without a date cannot judge the year
                counts[0] += right
                counts[1] += 1
                if not right and not quiet:
                    print(f"WRONG {split} {a['article']} got={a['published']} gold={gold} | {a['text'][:70]!r}")
        print(f"{split}: yearless datelines right {counts[0]}/{counts[1]}, all publication dates right "
              f"{counts[2]}/{counts[3]}")
        totals = [t + c for t, c in zip(totals, counts)]
    print(f"all: yearless datelines right {totals[0]}/{totals[1]}, all publication dates right "
          f"{totals[2]}/{totals[3]}")


if __name__ == "__main__":
    main()
