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


def locate(text: str, piece: str, cursor: int, alternative: str = "") -> tuple[int, int]:
    """Where the next occurrence of piece starts at or after cursor (code points). When the
    tokenizer merged words its "original" may hold only the last of them ("Sjötíu prósent"
    has " prósent"): then the token's text (the alternative) is looked for. The tokenizer may
    also normalise a token (quotes, composed letters); then the piece is assumed to start after
    the whitespace at the cursor and to keep its length."""
    for candidate in (piece, alternative):
        found = text.find(candidate, cursor) if candidate else -1
        if found >= 0 and text[cursor:found].strip() == "":
            return found, found + len(candidate)
    start = cursor
    while start < len(text) and text[start].isspace():
        start += 1
    return start, min(len(text), start + len(piece))
