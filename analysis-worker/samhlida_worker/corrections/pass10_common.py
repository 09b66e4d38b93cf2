"""What the tenth pass's rules share."""

from .common import is_break


# How far a rule looks for the rest of a clause: clauses are far shorter, and a text without
# punctuation must not make a scan per word.
CLAUSE_WINDOW = 30


def _next_word(words: list[dict], i: int) -> dict | None:
    return words[i + 1] if i + 1 < len(words) and not is_break(words[i + 1]) else None
