"""Verbs whose subject is in the dative (mér líður vel, honum líkar það, henni leiðist): after a
subordinator the parse can miss the clause and read "að henni liði vel" as the preposition *að*,
the pronoun, and a noun (*liður*)."""

from reynir.settings import VerbSubjects

from .common import options, switch

# The closed class of words that open a subordinate clause, by form.
SUBORDINATORS = {"að", "ef", "þegar", "þótt", "þó", "hvort", "sem", "nema", "meðan", "fyrst", "svo", "því", "uns", "er"}
NOMINAL = {"NOUN", "PROPN", "ADJ"}


def _dative_subject(lemma: str) -> bool:
    return "þgf" in VerbSubjects.VERBS.get(lemma, ())


def dative_subject_verb_not_noun(words: list[dict]) -> None:
    """A subordinator, a dative pronoun or noun, then a word the parse read as a noun or
    adjective that BÍN also has as a 3rd person singular finite form of a verb Greynir lists with
    a dative subject (Verbs.conf, [verb_subjects]): that verb, impersonal, and the subordinator
    the conjunction (*að henni liði vel*: *líða*, not *liður*). A dative cannot stand bare
    before a noun inside a prepositional phrase, so the noun reading has nothing to attach to."""
    for i in range(2, len(words)):
        w, subject, opener = words[i], words[i - 1], words[i - 2]
        if w["upos"] not in NOMINAL or opener["form"].lower() not in SUBORDINATORS:
            continue
        if subject["upos"] not in ("PRON", "NOUN", "PROPN") or subject["feats"].get("Case") != "Dat":
            continue
        verb = next((r for r in options(w) if r["upos"] == "VERB" and _dative_subject(r["lemma"]) and "Mood" in r["feats"]
                     and r["feats"].get("Person") == "3" and r["feats"].get("Number") == "Sing"), None)
        if verb is None:
            continue
        switch(w, verb)
        if opener["upos"] == "ADP":
            conjunction = next((r for r in options(opener) if r["upos"] == "SCONJ"), None)
            if conjunction:
                switch(opener, conjunction)
            # No longer a preposition's object: the dative is the verb's subject.
            subject.pop("governor", None)
