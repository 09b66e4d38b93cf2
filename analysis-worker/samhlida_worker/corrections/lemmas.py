"""Lemma rules: which of a form's BÍN lemmas the sentence supports, where the parse or BÍN's
order picks another. Each rule moves a word only to a reading BÍN has for it."""

from reynir.settings import Prepositions

from ..lexicon import bin_entries, only_rare_lemmas, rare_lemmas
from .adverbs import adverb_not_adjective, predicate_after_copula
from .noun_or_verb import participle_opening_a_verbless_clause
from .pronouns import allur_standing_alone, hvort_conjunction, plural_pronoun, thess_standing_alone
from .common import is_break, is_finite, is_verb, nonfinite_verb_later_in_clause, options, switch, verb_object_cases

# The subject of a finite verb: a nominative noun phrase, or a relative pronoun standing for one.
SUBJECT_UPOS = {"NOUN", "PROPN", "PRON", "DET", "NUM"}
RELATIVE = {"sem", "er"}


def _opens_clause(t: dict) -> bool:
    return is_break(t) or t["upos"] in ("CCONJ", "SCONJ")


def _nominative(t: dict) -> bool:
    return t["upos"] in SUBJECT_UPOS and t["feats"].get("Case") == "Nom" and t["feats"].get("Number", "Sing") == "Sing"


def _has_subject(words: list[dict], i: int) -> bool:
    """A possible subject for a finite verb at i: a nominative singular before it, back to the
    previous finite verb, infinitive or conjunction (across commas, which set off an apposition: "Jón,
    þjálfari liðsins, á von á"), a relative sem/er there, or one after it in its clause."""
    for t in reversed(words[:i]):
        # an infinitive before it heads a clause of its own ("hugsa um hana … á bak við")
        if is_finite(t) or t["feats"].get("VerbForm") == "Inf":
            break
        if t["upos"] in ("CCONJ", "SCONJ"):
            if t["form"].lower() in RELATIVE:
                return True
            break
        if _nominative(t):
            return True
    for t in words[i + 1:]:
        if _opens_clause(t) or is_finite(t):
            break
        if _nominative(t):
            return True
    return False


def _verb_before(words: list[dict], i: int) -> bool:
    """Another finite verb earlier in the clause of word i."""
    for t in reversed(words[:i]):
        if _opens_clause(t):
            return False
        if is_finite(t):
            return True
    return False


def eiga_needs_a_subject(words: list[dict]) -> None:
    """"á" read as eiga (3rd person singular, "owns") is the preposition when its clause cannot
    hold that verb: a finite verb comes before it in the clause and no subject pronoun stands
    right before it (one clause has one finite verb: "þeir eru sterkir á velli", but "veit
    ekki hvernig ég á að"), or there is no nominative singular that could be its subject
    ("líka skattur á mat", "lokið keppni á EM"). But "á að" before an infinitive is the modal
    eiga, which needs no subject ("Á morgun á að rigna"), and after a nominative pronoun the
    preposition read there is that verb ("Hvað á að gera?")."""
    for i, w in enumerate(words):
        prev = words[i - 1] if i > 0 else None
        if w["form"].lower() == "á" and w["upos"] in ("ADP", "ADV") and _modal_eiga(words, i) and prev is not None \
                and prev["upos"] in ("PRON", "DET") and prev["feats"].get("Case") == "Nom":
            # "Hvað á að gera?", "það á að rigna": after a nominative pronoun, eiga's subject
            new = next((r for r in options(w) if r["lemma"] == "eiga" and r["feats"].get("Mood") == "Ind"
                        and r["feats"].get("Person") == "3"), None)
            if new is not None:
                switch(w, new)
            continue
        if w["form"].lower() != "á" or w["lemma"] != "eiga" or not is_finite(w):
            continue
        if _modal_eiga(words, i):
            continue
        subject_before = prev is not None and prev["upos"] == "PRON" and prev["feats"].get("Case") == "Nom"
        if (_verb_before(words, i) and not subject_before) or not _has_subject(words, i):
            new = next((r for r in options(w) if r["upos"] == "ADP"), None)
            if new is not None:
                switch(w, new)


def _modal_eiga(words: list[dict], i: int) -> bool:
    """"á að" before an infinitive is eiga "be to, be supposed to", which needs no subject of
    its own: "Á morgun á að rigna" (it is to rain tomorrow), "hvað á að gera?"."""
    nxt = words[i + 1:i + 3]
    return (len(nxt) == 2 and nxt[0]["form"].lower() == "að" and nxt[0]["upos"] == "PART"
            and nxt[1]["feats"].get("VerbForm") == "Inf")


# Adverbs whose comparative BÍN files twice: under mjög with the mark MST2 (a second,
# less usual comparative of mjög, whose own is "meir") and under mikið with MST.
SECONDARY_DEGREE = {"MST2", "EST2"}


def primary_comparative(words: list[dict]) -> None:
    """"meira" as an adverb is the comparative of mikið ("much, more"), which BÍN tags MST; BÍN
    also lists it under mjög ("very") as a secondary comparative (MST2), and the parse takes that
    first entry. A form's primary degree is the reading to give."""
    for w in words:
        if w["upos"] != "ADV" or "Degree" not in w["feats"]:
            continue
        marks = {(e[0], e[3]) for e in bin_entries(w["form"].lower()) if e[1] == "ao"}
        if not any(lemma == w["lemma"] and mark in SECONDARY_DEGREE for lemma, mark in marks):
            continue
        primary = {lemma for lemma, mark in marks if mark in ("MST", "EST")}
        new = next((r for r in options(w) if r["upos"] == "ADV" and r["lemma"] in primary
                    and r["feats"].get("Degree") == w["feats"]["Degree"]), None)
        if new is not None:
            switch(w, new)


def _is_verb_reading(r: dict) -> bool:
    return r["upos"] in ("VERB", "AUX")


def nominal_quantity(words: list[dict]) -> None:
    """The neuter comparative of mikill or lítill (meira, minna) standing alone right after a
    verb that takes an accusative object (Greynir's verb frames: "fá meira", "segja meira um
    það", "kosta minna") is that object, the adjective used as a noun, in the accusative; after
    an intransitive verb ("rigndi meira") or before a word it modifies it is the adverb."""
    for i, w in enumerate(words):
        if w["upos"] != "ADV" or i == 0 or not is_verb(words[i - 1]) or "þf" not in verb_object_cases(words[i - 1]["lemma"]):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt["upos"] in ("ADJ", "ADV", "NOUN", "VERB"):
            continue
        new = next((r for r in options(w) if r["upos"] == "ADJ" and r["lemma"] in ("mikill", "lítill")
                    and r["feats"].get("Degree") == "Cmp" and r["feats"].get("Case") == "Acc"
                    and r["feats"].get("Gender") == "Neut" and r["feats"].get("Number") == "Sing"), None)
        if new is not None:
            switch(w, new)


# What an auxiliary's verb complement is: hafa and geta take the supine ("hefur verið", "getur
# verið"), the modals munu, skulu, mega a bare infinitive ("mun hafa"). vilja is left out: it
# takes a noun object as readily ("vill bolta").
AUXILIARY_COMPLEMENT = {"hafa": "Sup", "geta": "Sup", "munu": "Inf", "skulu": "Inf", "mega": "Inf"}


def verb_after_auxiliary(words: list[dict]) -> None:
    """A form read as a noun or adjective that is also the supine or infinitive an auxiliary
    before it takes, with only adverbs between them ("geti oft verið", "muni þá hafa"): an
    auxiliary needs its verb, and a noun cannot stand in its place (verið: ver "fishing
    station", hafa: haf "sea") — unless the auxiliary's verb comes later in the clause, when
    the noun is its subject ("Skal kæra berast", "Mun vinna hefjast")."""
    for i, w in enumerate(words):
        if w["upos"] not in ("NOUN", "ADJ"):
            continue
        j = i - 1
        while j >= 0 and words[j]["upos"] in ("ADV", "PART") and not is_break(words[j]):
            j -= 1
        aux = words[j] if j >= 0 else None
        if aux is None or not is_finite(aux) or aux["lemma"] not in AUXILIARY_COMPLEMENT:
            continue
        if nonfinite_verb_later_in_clause(words, i):
            continue
        form = AUXILIARY_COMPLEMENT[aux["lemma"]]
        new = next((r for r in options(w) if _is_verb_reading(r) and r["feats"].get("VerbForm") == form), None)
        if new is not None:
            switch(w, new)



def infinitive_not_noun(words: list[dict]) -> None:
    """A noun reading that nothing before it can govern, on a form that is also an infinitive,
    is the infinitive: right after "að" in a case other than the dative the preposition að
    takes ("að slaka á", "að skera niður": the infinitive marker), or right after a verb in a
    case that verb's frames (Greynir's Verbs.conf) never give its object ("viljað sjá", not
    the dative of sjár)."""
    for i, w in enumerate(words[1:], 1):
        if w["upos"] != "NOUN" or "Case" not in w["feats"]:
            continue
        new = next((r for r in options(w) if _is_verb_reading(r) and r["feats"].get("VerbForm") == "Inf"), None)
        if new is None:
            continue
        prev = words[i - 1]
        case = {"Nom": "nf", "Acc": "þf", "Dat": "þgf", "Gen": "ef"}[w["feats"]["Case"]]
        if prev["form"].lower() == "að":
            ungoverned = case != "þgf"
        elif is_verb(prev):
            frames = verb_object_cases(prev["lemma"])
            ungoverned = bool(frames) and case not in frames and case != "nf"
        else:
            continue
        if ungoverned:
            switch(w, new)



_ORDFL = {"Masc": "kk", "Fem": "kvk", "Neut": "hk"}
_CLASS_OF = {"ADJ": "lo", "VERB": "so", "AUX": "so", "ADV": "ao"}


def _ordfl(r: dict) -> str | None:
    return _ORDFL.get(r["feats"].get("Gender")) if r["upos"] in ("NOUN", "PROPN") else _CLASS_OF.get(r["upos"])


def common_lemma(words: list[dict]) -> None:
    """Where the chosen lemma is one BÍN rates as not core or marks as rare, old or regional
    (nóti, lagi "law" as a masculine, muni, tómati, valdur), and the form has a reading of the
    same word class, case and number under a lemma BÍN does not mark so (nóta, lag, munur,
    tómatur, vald), that reading is taken: the parse had no ground to prefer the rare word."""
    for w in words:
        if w["upos"] not in ("NOUN", "ADJ", "VERB") or w.get("kind") != "word":
            continue
        rare = rare_lemmas(w["form"])
        if (w["lemma"], _ordfl(w)) not in rare:
            continue
        keys = ("Case", "Number", "VerbForm", "Mood", "Tense") if w["upos"] != "NOUN" else ("Case", "Number")
        same = [r for r in options(w) if r["upos"] == w["upos"] and r["lemma"] != w["lemma"] and (r["lemma"], _ordfl(r)) not in rare
                and all(r["feats"].get(k) == w["feats"].get(k) for k in keys)]
        new = next((r for r in same if r["feats"].get("Gender") == w["feats"].get("Gender")), same[0] if same else None)
        if new is not None:
            switch(w, new)


def participle_of_a_rare_verb(words: list[dict]) -> None:
    """A past participle of a verb BÍN rates as not core or rare (ánægja "please", aðspyrja,
    ágæða), whose form is also an adjective BÍN does not mark so (ánægður "pleased",
    aðspurður, ágætur), is that adjective: the participle was read only because its form fits.
    The adjective agrees as the participle did (case, number, gender); read as the supine right
    after vera or verða ("Það var ágætt"), where a supine cannot stand, it is the neuter
    nominative singular predicate."""
    for i, w in enumerate(words):
        form = w["feats"].get("VerbForm")
        if w["upos"] != "VERB" or form not in ("Part", "Sup") or w.get("kind") != "word":
            continue
        rare = rare_lemmas(w["form"])
        if (w["lemma"], "so") not in only_rare_lemmas(w["form"]):
            continue
        want = {k: w["feats"].get(k) for k in ("Case", "Number", "Gender")}
        if form == "Sup":
            j = i - 1
            while j >= 0 and words[j]["upos"] in ("ADV", "PART") and not is_break(words[j]):
                j -= 1
            if j < 0 or not is_verb(words[j]) or words[j]["lemma"] not in ("vera", "verða"):
                continue
            want = {"Case": "Nom", "Number": "Sing", "Gender": "Neut"}
        new = next((r for r in options(w) if r["upos"] == "ADJ" and (r["lemma"], "lo") not in rare
                    and all(r["feats"].get(k) == v for k, v in want.items())), None)
        if new is not None:
            switch(w, new)


def rare_word_or_particle(words: list[dict]) -> None:
    """A word read as a lemma BÍN rates rare or obsolete in every entry of that form (bari,
    héða, allavega the adjective, fyrrum the adjective) whose form is also a common adverb or
    preposition (bara "just", héðan "from here", allavega "anyway", fyrrum "former(ly)") is
    that adverb or preposition: the parse had no ground to prefer the rare word, and these
    particles are among the commonest words of the language. Where the rare reading is a
    noun whose lemma is also a common noun of another gender (ár, masculine "messenger", and
    ár, neuter "year"), the common noun is taken, in the same case and number."""
    for i, w in enumerate(words):
        if w.get("kind") != "word" or w["upos"] in ("ADV", "ADP"):
            continue
        if (w["lemma"], _ordfl(w)) not in only_rare_lemmas(w["form"]):
            continue
        rare = rare_lemmas(w["form"])
        same = next((r for r in options(w) if r["upos"] == w["upos"] and r["lemma"] == w["lemma"] and (r["lemma"], _ordfl(r)) not in rare
                     and all(r["feats"].get(k) == w["feats"].get(k) for k in ("Case", "Number"))), None)
        particle = next((r for r in options(w) if r["upos"] in ("ADV", "ADP") and (r["lemma"], _ordfl(r) or "fs") not in rare), None)
        nxt = words[i + 1] if i + 1 < len(words) else None
        governs = particle is not None and particle["upos"] == "ADP" and nxt is not None and nxt["upos"] in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM")
        # a preposition before a noun phrase ("úr MR"); else the same lemma in another gender
        # ("ár frá ári" is the common neuter ár, year, not a rare masculine ár); else the particle
        new = particle if governs else same or particle
        if new is not None:
            switch(w, new)


def present_participle_before_its_noun(words: list[dict]) -> None:
    """A present participle right before a noun it describes ("vaxandi gagnrýni", "spennandi
    leikur", "ríkjandi meistarar"), adjectives agreeing with that noun between them, is an
    adjective, as BÍN lists it (vaxandi, spennandi): both treebanks tag it so, with the noun's
    case, number and gender. Not varðandi, which Prepositions.conf has as a preposition
    ("varðandi málið"), nor a form BÍN also has as an adverb (vonandi "hopefully")."""
    for i, w in enumerate(words[:-1]):
        form = w["form"].lower()
        if w["upos"] != "VERB" or not form.endswith("andi") or w.get("kind") != "word":
            continue
        if form in Prepositions.PP or any(r["upos"] == "ADV" for r in options(w)):
            continue
        j = i + 1
        while j < len(words) and words[j]["upos"] == "ADJ":
            j += 1
        noun = words[j] if j < len(words) else None
        if noun is None or noun["upos"] != "NOUN" or "Case" not in noun["feats"]:
            continue
        want = {k: noun["feats"].get(k) for k in ("Case", "Number", "Gender")}
        if any(any(a["feats"].get(k) != v for k, v in want.items()) for a in words[i + 1:j]):
            continue
        fits = [r for r in options(w) if r["upos"] == "ADJ" and all(r["feats"].get(k) == v for k, v in want.items())]
        if fits:
            new = fits[0]
            if len({r["feats"].get("Definite") for r in fits}) > 1:
                # the same form strong and weak: it does not inflect for definiteness
                new = {**new, "feats": {k: v for k, v in new["feats"].items() if k != "Definite"}}
            switch(w, new)


# Run after the word-class rules of RULES, which settle verbs and pronouns first.
LEMMA_RULES = [eiga_needs_a_subject, verb_after_auxiliary, primary_comparative, nominal_quantity,
               plural_pronoun, thess_standing_alone, hvort_conjunction, allur_standing_alone, adverb_not_adjective, participle_opening_a_verbless_clause, infinitive_not_noun,
               predicate_after_copula, common_lemma, participle_of_a_rare_verb, present_participle_before_its_noun, rare_word_or_particle]
