"""Build a news-like benchmark corpus from the fixture articles.

Each copy of a fixture article gets its own names (capitalised words the fixtures use
mid-sentence are swapped for invented ones from a pool), its own figures (every number
that is not a year is scaled by a per-copy factor, keeping its written precision), its own
paragraph order and publication date. So the text is not one paragraph repeated: subjects
collide only sometimes across copies, as in a real archive, and the extractors see a
spread of values and spellings.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = (ROOT / "fixtures" / "corpus", ROOT / "fixtures" / "corpus_transfers")

# Words never swapped: calendar words and words that carry meaning for the extractors.
_KEEP = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "q1",
        "q2",
        "q3",
        "q4",
        "fy",
        "ceo",
        "cfo",
        "ai",
        "us",
        "uk",
        "eu",
        "the",
        "a",
        "an",
        "in",
        "on",
        "of",
        "and",
        "or",
        "for",
        "by",
        "to",
        "at",
    ]
)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}(?![\w-])")
_MID_SENTENCE = re.compile(r"(?<=[a-z0-9,;)] )[A-Z][a-z]{2,}\b")
# a number that is not glued to letters ("Q1", "GPT-4o") and not a year
_NUMBER = re.compile(r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d,]?\d|[A-Za-z])")
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_SYLLABLES = [
    "bra",
    "dor",
    "ven",
    "kal",
    "mor",
    "tis",
    "lun",
    "gar",
    "pel",
    "zan",
    "qui",
    "rho",
    "sel",
    "tam",
    "vor",
    "nex",
    "dal",
    "fin",
    "hal",
    "jor",
    "kes",
    "lor",
    "mav",
    "nor",
    "pax",
    "rin",
    "sor",
    "tev",
    "ul",
    "wen",
    "yor",
    "zel",
    "ar",
    "bel",
    "cor",
    "dun",
    "el",
    "fal",
    "gil",
    "hin",
]


@dataclass(frozen=True)
class Template:
    """One fixture article split into what a copy varies."""

    name: str
    meta: str
    heading: str
    paragraphs: tuple[str, ...]


def _templates() -> list[Template]:
    templates = []
    for folder in FIXTURES:
        for path in sorted(folder.glob("*.md")):
            text = path.read_text("utf-8")
            match = _FRONT.match(text)
            meta, body = (match.group(1), text[match.end() :]) if match else ("", text)
            blocks = [b for b in body.split("\n\n") if b.strip()]
            heading = blocks[0] if blocks and blocks[0].startswith("#") else ""
            paragraphs = tuple(blocks[1:] if heading else blocks)
            templates.append(Template(path.stem, meta, heading, paragraphs))
    return templates


def _swappable(templates: list[Template]) -> list[str]:
    words: set[str] = set()
    for t in templates:
        for p in (t.heading, *t.paragraphs):
            words.update(_MID_SENTENCE.findall(p))
    return sorted(w for w in words if w.lower() not in _KEEP)


def _invented(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _scale(match: re.Match[str], factor: float) -> str:
    whole, fraction = match.group(1), match.group(2) or ""
    number = float(whole.replace(",", "") + fraction)
    if not fraction and len(whole) == 4 and 1900 <= number <= 2100:
        return match.group(0)  # a year: dates stay dates
    scaled = number * factor
    if fraction:
        return f"{scaled:.{len(fraction) - 1}f}"
    value = max(1, round(scaled))
    return f"{value:,}" if "," in whole else str(value)


def build(target_bytes: int, seed: int = 7, pool: int = 3000) -> list[tuple[str, str]]:
    """(file name, text) pairs totalling at least ``target_bytes`` of UTF-8."""
    rng = random.Random(seed)
    templates = _templates()
    swappable = _swappable(templates)
    names = sorted({_invented(rng) for _ in range(pool)})
    files: list[tuple[str, str]] = []
    total = 0
    copy = 0
    while total < target_bytes:
        for t in templates:
            # a copy keeps half its names (so copies of a story sometimes share a subject
            # and can contradict each other) and swaps the rest from the pool
            mapping = {w: rng.choice(names) for w in swappable if rng.random() < 0.5}
            factor = rng.choice((1.0, 1.0, 0.5, 0.8, 1.2, 1.5, 2.0, 3.0, rng.uniform(0.3, 4)))
            paragraphs = list(t.paragraphs)
            rng.shuffle(paragraphs)

            def vary(text: str, mapping: dict[str, str] = mapping, factor: float = factor) -> str:
                text = _CAPITALISED.sub(lambda m: mapping.get(m.group(), m.group()), text)
                return _NUMBER.sub(lambda m: _scale(m, factor), text)

            published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(900))
            meta = re.sub(r"(?m)^published:.*$", f"published: {published.isoformat()}", t.meta)
            meta = re.sub(r"(?m)^(title: .*)$", lambda m: vary(m.group(1)), meta)
            body = "\n\n".join(vary(p) for p in ([t.heading] if t.heading else []) + paragraphs)
            text = f"---\n{meta}\n---\n\n{body}\n"
            files.append((f"{copy:05d}_{t.name}.md", text))
            total += len(text.encode("utf-8"))
            if total >= target_bytes:
                break
        copy += 1
    return files


def write(folder: Path, files: list[tuple[str, str]]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for name, text in files:
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        size += len(data)
    return size
