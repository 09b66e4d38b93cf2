"""Number agreement that the parse leaves out: a noun counted by a cardinal number."""

from .common import find, options, switch

def _plural_count(w: dict) -> bool:
    """A cardinal that takes a plural noun: a whole number in digits not ending in one (21, 101
    take the singular; 11 the plural), or a number word other than einn. A decimal (8,1) is
    left alone: usage differs on its agreement."""
    if w["upos"] != "NUM" or w["form"].endswith("."):
        return False  # "4. sæti": an ordinal
    form = w["form"].replace(".", "")
    if form.isdigit():
        return not form.endswith("1") or form.endswith("11")
    # a number word that is not also a verb's form (átta: eight, or "átta sig")
    return (w["lemma"] != "einn" and not any(c.isdigit() for c in form)
            and not any(r["upos"] in ("VERB", "AUX") for r in options(w)))


def counted_noun_is_plural(words: list[dict]) -> None:
    """A noun right after a cardinal above one is plural ("15 stig", "105 þúsund krónur", "tíu
    hús"): where the parse gave it the singular of a form that is also plural (neuters: stig,
    skot; þúsund), it takes the plural reading in the same case."""
    for i, w in enumerate(words[1:], 1):
        if w["upos"] != "NOUN" or w["feats"].get("Number") != "Sing" or not _plural_count(words[i - 1]):
            continue
        new = find(w, lemma=w["lemma"], feats={"Number": "Plur", **({"Case": w["feats"]["Case"]} if "Case" in w["feats"] else {})})
        if new is not None:
            switch(w, new)


NUMBER_RULES = [counted_noun_is_plural]
