"""What kind of name a proper noun is, from the domain (hluti, "fl") of its BÍN name entries.

BÍN files every name under a domain (https://bin.arnastofnun.is/gogn/k-snid; the codes are the
ones islenska ships): ism given names, föð and móð patronymics and matronymics (Jónsson,
Guðmundsdóttir, Guðrúnardóttir), ætt family names, gæl pet names, erm foreign people, hetja
figures of myth and story; örn place names, lönd countries, þor towns, göt streets, bær farms,
svaedi regions and districts, erl foreign places, mvirk named works of building (airports, power
stations); fyr companies and institutions; hug titles of works, dýr animals' names, heö and við
other names and events. A few entries carry two or three ("bær,göt,örn"). The worker reduces
them to a small closed set the gloss can name: person, place, organisation or other, with the
finer sort where a learner gains from it (a patronymic is not a given name) and, for a person's
name, the genders of BÍN's entries for it: Auður is a woman's and a man's given name there.
"""

from .lexicon import bin_entries, join_lemma

# domain → (kind, sort); a sort of None says no more than the kind.
DOMAINS = {
    "ism": ("person", "given"), "föð": ("person", "patronymic"), "móð": ("person", "matronymic"),
    "ætt": ("person", "family"), "gæl": ("person", "nickname"), "erm": ("person", None), "hetja": ("person", None),
    "örn": ("place", None), "lönd": ("place", "country"), "þor": ("place", "town"), "göt": ("place", "street"),
    "bær": ("place", "farm"), "svaedi": ("place", "region"), "erl": ("place", None), "mvirk": ("place", None),
    "fyr": ("organisation", None),
    "hug": ("other", "work"), "dýr": ("other", "animal"), "heö": ("other", None), "við": ("other", None),
    "entity": ("other", None),
}
# Of two kinds in one entry ("fyr,örn", "fyr,ism"), the first of these.
KIND_ORDER = ("person", "place", "organisation", "other")
GENDERS = {"kk": "Masc", "kvk": "Fem", "hk": "Neut"}


def _kind_of(domain: str) -> tuple[str, str | None] | None:
    """A BÍN domain, plain or combined ("bær,göt,örn"), as (kind, sort); None for common words.
    Places of two sorts at once (a farm that is also a street) are just places."""
    found = [DOMAINS[d] for d in domain.split(",") if d in DOMAINS]
    if not found:
        return None
    kind = min((k for k, _ in found), key=KIND_ORDER.index)
    sorts = {s for k, s in found if k == kind}
    return kind, sorts.pop() if len(sorts) == 1 else None


def proper_name(form: str, lemma: str, hint: str | None = None) -> dict:
    """The kind of name a PROPN token is: {"kind", "sort"?, "genders"?, "also"?}.

    `hint` is what Greynir's tokenizer or parse called the word ("person" for a PERSON token or
    terminal, "organisation" for a COMPANY, "other" for an ENTITY). A person the tokenizer found
    is read among BÍN's person entries (Hekla is a woman's name and a volcano); a word it did not
    take for a person is read among the others first. Without any BÍN name entry, the hint alone
    decides, and "other" is the answer when there is none. `also` lists the other kinds BÍN
    files the same lemma under: Hekla the given name is also a place's."""
    entries = []
    for entry_lemma, ordfl, domain, _mark in bin_entries(form):
        found = _kind_of(domain)
        if found is not None and join_lemma(entry_lemma, form) == lemma and (ordfl, *found) not in entries:
            entries.append((ordfl, *found))
    every = [e[1] for e in entries]
    if hint == "person":
        entries = [e for e in entries if e[1] == "person"]
    elif any(e[1] != "person" for e in entries):
        entries = [e for e in entries if e[1] != "person"]
    kind = entries[0][1] if entries else hint or "other"
    same = [e for e in entries if e[1] == kind]
    sorts = {s for _, _, s in same}
    name: dict = {"kind": kind}
    also = sorted(set(every) - {kind}, key=KIND_ORDER.index)
    if len(sorts) == 1 and None not in sorts:
        name["sort"] = sorts.pop()
    if kind == "person":
        genders = list(dict.fromkeys(GENDERS[o] for o, _, _ in same if o in GENDERS))
        if genders:
            name["genders"] = genders
    if also:
        name["also"] = also
    return name
