"""Accented Latin letters, read as the plain letters they are written on (and odd spaces
as plain ones).

The name, subject and attribute rules are written for the letters A-Z: a capital opens a
name, a run of letters is a word. News names are often written with accents ("Halsøy
Laks", "Škoda Auto", "Société Générale"), and a rule that stops at the "ø" cuts the name
to "Laks"; a no-break space between name words ("Globex\u00a0Foods", common in text taken
from web pages) splits the name the same way. So the extractor reads a document with every
accented letter replaced by its plain letter and every such space by a plain one
(``fold``: one character for one, so every offset stays valid), then gives
each claim back the words as written (``Respelling``). Subject keys fold the same way, so
"Nestle" and "Nestlé" are one company.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that decompose to no plain letter and a mark, folded to the plain letter that
# stands for them in English text (one character each: offsets must not move)
_SPECIAL = {
    "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ħ": "h",
    "Ħ": "H", "ŧ": "t", "Ŧ": "T", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "ß": "s",
    "ð": "d", "Ð": "D", "þ": "t", "Þ": "T",
}  # fmt: skip


# Spaces other than the plain one, common in text taken from web pages ("Globex\u00a0Foods",
# "$13\u202fbillion"): the name rules join name words with plain spaces
_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def _fold_table() -> dict[int, str]:
    """Every letter of Latin-1 and Latin Extended-A and -B that is a plain letter with
    marks ("é" is "e" and an acute accent), the few in ``_SPECIAL``, and the spaces of
    ``_SPACES`` (a plain space)."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        letter = chr(code)
        base = unicodedata.normalize("NFD", letter)[0]
        if letter.isalpha() and base != letter and base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord(letter): plain for letter, plain in _SPECIAL.items()})
    table.update({ord(space): " " for space in _SPACES})
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """``text`` with accented Latin letters as plain ones and odd spaces as plain ones, of
    the same length: "Halsøy Laks" is "Halsoy Laks", "Globex\u00a0Foods" is "Globex
    Foods". Other characters (currency signs, quotes, dashes, other scripts) are kept.
    Plain ASCII text is returned as it is, at the cost of one check."""
    return text if text.isascii() else text.translate(_FOLD)


_WORD = re.compile(r"\w+")


class Respelling:
    """The words of a text as written, for strings read from its folded form: a subject
    found as "Halsoy Laks" is given back as "Halsøy Laks"."""

    def __init__(self, text: str) -> None:
        words: dict[str, str] = {}
        for match in _WORD.finditer(text):
            word = match.group()
            if not word.isascii() and (plain := fold(word)) != word:
                words.setdefault(plain, word)
        self._words = words
        self._pattern = (
            re.compile(
                r"\b(?:"
                + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                + r")\b"
            )
            if words
            else None
        )

    def __call__(self, text: str | None) -> str | None:
        """``text`` with every folded word of the original spelled as written there."""
        if text is None or self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._words[m.group()], text)
