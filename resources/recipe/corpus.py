"""Jane Austen's six novels from Debian's r-cran-janeaustenr, as one text per novel.

The R package stores each novel as a character vector of wrapped lines with empty strings between
paragraphs. We rejoin wrapped lines into paragraphs (one per line) so the model learns prose, not the
line breaks of a particular printing.
"""
import os
import re
import subprocess
import tempfile

# Order fixes the training stream; Persuasion is last because its final chapters are held out.
NOVELS = [
    ("sensesensibility", "Sense and Sensibility"),
    ("prideprejudice", "Pride and Prejudice"),
    ("mansfieldpark", "Mansfield Park"),
    ("emma", "Emma"),
    ("northangerabbey", "Northanger Abbey"),
    ("persuasion", "Persuasion"),
]
HELD_OUT_FROM_CHAPTER = 21  # Persuasion chapters 21-24 are the validation split


def read_novel_lines(dataset):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, dataset + ".txt")
        script = f'library(janeaustenr); writeLines(janeaustenr::{dataset}, "{out}", useBytes=TRUE)'
        subprocess.run(["Rscript", "-e", script], check=True, capture_output=True)
        with open(out, encoding="utf-8") as f:
            return f.read().split("\n")


def paragraphs(lines):
    paras, current = [], []
    for line in lines:
        line = line.strip()
        if line:
            current.append(line)
        elif current:
            paras.append(" ".join(current))
            current = []
    if current:
        paras.append(" ".join(current))
    return paras


def chapters(paras):
    """Splits paragraphs at 'Chapter N' / 'CHAPTER N' headings; the front matter is dropped."""
    heading = re.compile(r"^chapter\s+([0-9]+|[ivxlc]+)\.?$", re.IGNORECASE)
    result, current = [], None
    for p in paras:
        if heading.match(p):
            if current:
                result.append(current)
            current = [p]
        elif current is not None:
            current.append(p)
    if current:
        result.append(current)
    return result


def load():
    """Returns (train_chapters, heldout_chapters, provenance); each chapter is a list of paragraphs."""
    train, heldout, stats = [], [], []
    for dataset, title in NOVELS:
        chs = chapters(paragraphs(read_novel_lines(dataset)))
        if dataset == "persuasion":
            train += chs[:HELD_OUT_FROM_CHAPTER - 1]
            heldout += chs[HELD_OUT_FROM_CHAPTER - 1:]
        else:
            train += chs
        stats.append((title, len(chs)))
    return train, heldout, stats


def chapter_text(chapter):
    return "\n".join(chapter) + "\n"
