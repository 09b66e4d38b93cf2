"""The thirteenth pass, across a text: the numbers of a numbered list."""

# How many digits a list's item number has, at most.
MAX_DIGITS = 3


def _item_number(sentence: list[dict]) -> int | None:
    """The value of the number that ends this sentence right before its full stop ("… 98 2."),
    as the tokenizer leaves a list's item number when a capital follows it; a list's line has
    no finite verb."""
    if len(sentence) < 2:
        return None
    number, stop = sentence[-2], sentence[-1]
    if any(w["upos"] in ("VERB", "AUX") and "Mood" in w["feats"] for w in sentence):
        return None  # a clause ending in a number ("Smitin í dag eru 12."), not a list's line
    if (number["kind"] != "number" or not number["form"].isdigit() or len(number["form"]) > MAX_DIGITS
            or stop["form"] != "." or stop["start"] != number["end"]):
        return None
    return int(number["form"])


def _item_heading(sentences: list[list[dict]], i: int) -> dict | None:
    """The first word after sentence i when it can head a list's item: a name or a noun with a
    capital (*Gísli*, *Inngangur*), not a pronoun, adverb or verb opening a sentence."""
    following = next((w for w in (sentences[i + 1] if i + 1 < len(sentences) else []) if w["kind"] != "punctuation"), None)
    if following is None or not following["form"][:1].isupper() or following["upos"] not in ("PROPN", "NOUN", "X"):
        return None
    return following


def numbered_list_items(sentences: list[list[dict]]) -> None:
    """In a numbered list run into one line ("1. Birgir Leifur, GKG 98 2. Gísli, GK 69 3. …"),
    the tokenizer takes each "2." for a number ending a sentence, and the learner saw a cardinal
    *tveir* in the genitive plural. Numbers that count on from one another (1., 2., 3.), each
    before a name or a capitalised noun, are the list's ordinals: one token with its full stop,
    the ordinal *annar* "second", nominative when the name it numbers is. A lone "2." ends its
    sentence ("Staðan var 2 2."), and so do numbers ending a clause with a verb ("Smitin í gær
    voru 11. Smitin í dag eru 12.") or before a sentence's pronoun or adverb."""
    found = [(i, v, h) for i, s in enumerate(sentences)
             if (v := _item_number(s)) is not None and (h := _item_heading(sentences, i)) is not None]
    values = [v for _, v, _ in found]
    for k, (i, value, heading) in enumerate(found):
        counts_on = (k > 0 and values[k - 1] == value - 1) or (k + 1 < len(found) and values[k + 1] == value + 1)
        if not counts_on:
            continue
        sentence = sentences[i]
        number, stop = sentence[-2], sentence.pop()
        number.update(kind="ordinal", form=number["form"] + ".", lemma=number["form"] + ".", end=stop["end"], upos="ADJ",
                      feats={"Case": "Nom"} if heading["feats"].get("Case") == "Nom" else {})
        number.pop("otherReadings", None)
