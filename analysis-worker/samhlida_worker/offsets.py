"""Offsets into the unchanged input. Python counts code points, JavaScript UTF-16 code units:
characters outside the BMP (emoji) are one code point but two code units."""


class Utf16Offsets:
    def __init__(self, text: str) -> None:
        self._prefix = [0]
        total = 0
        for ch in text:
            total += 2 if ord(ch) > 0xFFFF else 1
            self._prefix.append(total)

    def __call__(self, index: int) -> int:
        return self._prefix[index]


def locate(text: str, piece: str, cursor: int) -> tuple[int, int]:
    """Where the next occurrence of piece starts at or after cursor (code points). The
    tokenizer may normalise a token (quotes, composed letters); then the piece is assumed to
    start after the whitespace at the cursor and to keep its length."""
    found = text.find(piece, cursor)
    if found >= 0 and text[cursor:found].strip() == "":
        return found, found + len(piece)
    start = cursor
    while start < len(text) and text[start].isspace():
        start += 1
    return start, min(len(text), start + len(piece))
