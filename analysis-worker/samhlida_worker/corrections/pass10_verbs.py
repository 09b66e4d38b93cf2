"""Tenth pass (2026-12-07, late), verbs: instructions in the imperative with their objects,
the supine after *hafa*, impersonal verbs' person, the infinitive marker, and the governing
verb named as its own token names it."""

from reynir.settings import VerbSubjects

from .common import UD_CASE, find, is_break, is_finite, options, switch, verb_object_cases
from .pass10_common import CLAUSE_WINDOW, _next_word
from .prepositions import _phrase_after, _same_form_in
from .verb_usage import frame_count


# Adverbs that can stand before an instruction's verb (Vinsamlegast gangið vel um; svo bættu við).
BEFORE_AN_INSTRUCTION = {"svo", "síðan", "þá", "nú", "fyrst", "vinsamlegast", "endilega", "bara", "loks", "að lokum"}


_CLITIC_THU = ("ðu", "du", "tu")


# The subject pronouns a finite verb of each person and number agrees with.
_SUBJECTS = {("1", "Sing"): {"ég"}, ("2", "Sing"): {"þú"}, ("3", "Sing"): {"hann", "hún", "það"},
             ("1", "Plur"): {"við"}, ("2", "Plur"): {"þið"}, ("3", "Plur"): {"þeir", "þær", "þau"}}


def _opens_clause(words: list[dict], i: int, after_an_instruction: bool) -> bool:
    """Word i opens the sentence (or a quotation, or follows a colon or dash), perhaps after an
    adverb that may open an instruction; after og/en/eða or a comma only in a series of
    instructions: elsewhere a verb there shares the subject before it (Eyjamenn komu … og
    leiddu) or opens a main clause after a subordinate one (…, hefðu viðbrögðin)."""
    j = i - 1
    if j >= 0 and not is_break(words[j]) and words[j]["form"].lower() in BEFORE_AN_INSTRUCTION:
        j -= 1
    if j < 0 or (is_break(words[j]) and words[j]["form"] not in (",", ";")):
        return True
    return after_an_instruction and (is_break(words[j]) or words[j]["form"].lower() in ("og", "en", "eða"))


def _ends_in_a_question(words: list[dict], i: int) -> bool:
    """Whether the sentence from word i on ends with a question mark (Lentu margir í vandræðum?)."""
    end = next((t for t in words[i:i + CLAUSE_WINDOW] if t["form"] in (".", "!", "?")), None)
    return end is not None and end["form"] == "?"


def _only_nominative(w: dict) -> bool:
    """A nominative with no accusative reading of the same word and number (gestirnir, not pönnukökurnar)."""
    return w["feats"].get("Case") == "Nom" and not any(
        r["lemma"] == w["lemma"] and r["feats"].get("Case") == "Acc" and r["feats"].get("Number") == w["feats"].get("Number") for r in options(w))


def instructions_in_the_imperative(words: list[dict]) -> None:
    """An instruction opens its clause with the imperative, its subject *þú* written onto it
    (bræddu, helltu, gleymdu, berðu: bræð + þú), the same letters as the past plural (þeir
    bræddu) or a subjunctive. A clause-opening past plural has its subject right after it (Komu
    gestirnir seint); with no nominative pronoun there, and no word that can only be a
    nominative, the verb is the imperative; gangið without *þið* likewise (plural). Then the noun
    phrase after it that the parse made its subject is its object, in the case the verb takes."""
    seen = False
    for i, w in enumerate(words):
        if w["upos"] in ("VERB", "AUX") and w["feats"].get("Mood") == "Imp":
            seen = True
            continue
        if seen and w["upos"] not in ("VERB", "AUX") and i > 0 and words[i - 1]["form"].lower() == "og":
            # in a series of instructions, a word after og that is also the imperative is one
            # (Veljið kerfi og ýtið á …: ýta, not the adjective ýtinn)
            imperative = next((r for r in options(w) if r["upos"] == "VERB" and r["feats"].get("Mood") == "Imp"), None)
            if imperative is not None and w["upos"] in ("ADJ", "NOUN"):
                switch(w, imperative)
                _object_after(words, i)
            continue
        if w["upos"] not in ("VERB", "AUX") or w["feats"].get("Mood") is None or not _opens_clause(words, i, seen):
            continue
        form = w["form"].lower()
        singular = form.endswith(_CLITIC_THU) and w["feats"].get("Person") != "2"
        plural = form.endswith("ið") and w["feats"].get("Person") == "2" and w["feats"].get("Number") == "Plur"
        if not (singular or plural):
            continue
        nxt = _next_word(words, i)
        subjects = _SUBJECTS.get((w["feats"].get("Person", ""), w["feats"].get("Number", "")), set())
        if nxt is not None and (nxt["form"].lower() in subjects or (nxt["upos"] in ("NOUN", "PROPN") and _only_nominative(nxt))
                                or (nxt["upos"] in ("PRON", "DET", "ADJ") and nxt["feats"].get("Case") == "Nom" and nxt["feats"].get("Number") == w["feats"].get("Number"))):
            continue  # its subject after it: Komu gestirnir, Lentu margir í vandræðum
        if _ends_in_a_question(words, i):
            continue
        if plural and any(t["form"].lower() == "þið" for t in words[max(0, i - 2):i]):
            continue
        imperatives = [r for r in options(w) if r["upos"] in ("VERB", "AUX") and r["feats"].get("Mood") == "Imp"
                       and r["feats"].get("Number") == ("Sing" if singular else "Plur")]
        # Another verb's imperative only in place of a main verb (hefðu, of hafa, is not hef + þú);
        # of two verbs with the form, the commoner (berðu: bera "carry, serve", not berja "beat").
        if w["upos"] != "VERB":
            imperatives = [r for r in imperatives if r["lemma"] == w["lemma"]]
        new = max(imperatives, key=lambda r: (frame_count(r["lemma"]), r["lemma"] == w["lemma"]), default=None)
        if new is None:
            continue
        switch(w, new)
        seen = True
        _object_after(words, i)


def _object_after(words: list[dict], i: int) -> None:
    """The nominative noun phrase after an imperative at i into the case its verb takes (Bræddu
    fimmtíu grömm, Berðu pönnukökurnar fram: accusative), when BÍN has every word in it: the
    accusative where the verb takes one, else its only case."""
    cases = {UD_CASE[c] for c in verb_object_cases(words[i]["lemma"]) if c in UD_CASE and c != "nf"}
    case = "Acc" if "Acc" in cases else next(iter(cases)) if len(cases) == 1 else None
    if case is None:
        return
    span = _phrase_after(words, i, "Nom")
    # A number written as a word (fimmtíu) has one form for every case: it takes the phrase's.
    news = [_same_form_in(n, case) or ("indeclinable" if n["upos"] == "NUM" else None) for n in span]
    if span and all(n is not None for n in news):
        for n, new in zip(span, news):
            if new == "indeclinable":
                n["feats"] = {**n["feats"], "Case": case}
            else:
                switch(n, new)


def supine_after_hafa(words: list[dict]) -> None:
    """A neuter singular participle right after a finite *hafa* (or with an adverb or *fram* …
    between) is the supine, the perfect's form: "Eins og fram hefur komið" (has been stated),
    not a participle agreeing with nothing. After *hafa* and a nominative or accusative noun
    phrase it may be a predicate (hafa e-ð tilbúið), which this leaves."""
    for i, w in enumerate(words):
        f = w["feats"]
        if w["upos"] != "VERB" or f.get("VerbForm") != "Part" or f.get("Gender") != "Neut" or f.get("Number") != "Sing":
            continue
        j = i - 1
        while j >= 0 and not is_break(words[j]) and words[j]["upos"] in ("ADV", "PART"):
            j -= 1
        if j < 0 or words[j]["lemma"] != "hafa" or not is_finite(words[j]):
            continue
        new = find(w, lemma=w["lemma"], feats={"VerbForm": "Sup"})
        if new is not None:
            switch(w, new)


# Middle verbs with an oblique subject that Verbs.conf's [verb_subjects] does not list.
OBLIQUE_MIDDLE = {"finnast", "sýnast", "heyrast", "virðast"}


def _oblique_subject(lemma: str, middle: bool) -> bool:
    """Whether the verb (its middle voice, when `middle`) takes a dative or accusative subject:
    Verbs.conf's list (líða, þykja, langa, leiðast …) and the middle verbs it lacks."""
    name = lemma + "st" if middle else lemma
    cases = VerbSubjects.VERBS.get(name, ())
    return name in OBLIQUE_MIDDLE or any(c in cases for c in ("þgf", "þf", "ef"))


def impersonal_verb_is_third_person(words: list[dict]) -> None:
    """A verb beside a dative or accusative experiencer, with no 1st or 2nd person subject (Honum
    fannst, mér leið, mig langar), is 3rd person singular, whatever 1st person form BÍN shares
    with it (fannst is also "I was found")."""
    for i, w in enumerate(words):
        f = w["feats"]
        if w["upos"] not in ("VERB", "AUX") or not is_finite(w) or f.get("Person") == "3" or f.get("Mood") == "Imp":
            continue
        if not _oblique_subject(w["lemma"], f.get("Voice") == "Mid"):
            continue  # "Ég … eldaði mat og gaf börnunum": a dative object, not an experiencer
        near = [t for t in words[max(0, i - 1):i + 2] if t is not w and not is_break(t)]
        experiencer = any(t["upos"] in ("PRON", "NOUN", "PROPN") and t["feats"].get("Case") in ("Dat", "Acc") for t in near)
        if not experiencer:
            continue
        # the clause, within a window: a text without punctuation must not cost a scan per verb
        clause_start = i
        while clause_start > max(0, i - CLAUSE_WINDOW) and not is_break(words[clause_start - 1]):
            clause_start -= 1
        clause_end = i
        while clause_end + 1 < min(len(words), i + CLAUSE_WINDOW) and not is_break(words[clause_end + 1]):
            clause_end += 1
        # a nominative in the clause is the subject the verb agrees with: a 3rd person one (mér
        # fannst bókin góð, honum fannst gaman) leaves the verb 3rd person; ég, þú, við, þið not
        subject = any(t["feats"].get("Case") == "Nom" and t["upos"] == "PRON" and t["feats"].get("Person") in ("1", "2")
                      for t in words[clause_start:clause_end + 1])
        if subject:
            continue
        new = find(w, lemma=w["lemma"], feats={"Person": "3", "Number": "Sing", "Tense": f.get("Tense"), "Mood": f.get("Mood")})
        if new is not None:
            switch(w, new)
        elif "Person" not in f:
            w["feats"] = {**f, "Person": "3", "Number": "Sing"}


def infinitive_marker(words: list[dict]) -> None:
    """*að* right before an infinitive is the infinitive marker (gaman að tala, velkomið að hafa
    samband), not the adverb or the conjunction "that"."""
    for i in range(len(words) - 1):
        w, nxt = words[i], words[i + 1]
        if w["form"].lower() != "að" or w["upos"] == "PART" or nxt["feats"].get("VerbForm") != "Inf" or nxt["upos"] not in ("VERB", "AUX"):
            continue
        new = find(w, lemma="að", upos="PART")
        if new is not None:
            switch(w, new)


def governor_names_the_verbs_lemma(words: list[dict]) -> None:
    """A governing verb is named as the verb's own token names it after every correction
    ("ber nafn hennar": bera, where the parse's governor still said berja). The verb is looked
    for within a window around the word it governs."""
    for i, w in enumerate(words):
        gov = w.get("governor")
        if not gov or gov.get("kind") != "verb":
            continue
        window = words[max(0, i - CLAUSE_WINDOW):i + CLAUSE_WINDOW]
        verb = next((t for t in window if t["form"] == gov.get("form") and t["upos"] in ("VERB", "AUX")), None)
        if verb is not None and verb["lemma"] != gov.get("lemma"):
            w["governor"] = {**gov, "lemma": verb["lemma"]}


# Verbs of perception with an accusative and an infinitive: "sá þá hlaupa" (saw them run).
PERCEPTION_VERBS = {"sjá", "heyra", "finna", "horfa"}


def tha_subject_of_an_infinitive(words: list[dict]) -> None:
    """*þá* between a verb of perception and an infinitive is the infinitive's subject in the
    accusative, "them" ("Vitni sá þá hlaupa út"), not the adverb "then"."""
    for i in range(1, len(words) - 1):
        w, verb, inf = words[i], words[i - 1], words[i + 1]
        if w["form"].lower() != "þá" or w["upos"] != "ADV" or verb["lemma"] not in PERCEPTION_VERBS:
            continue
        if inf["feats"].get("VerbForm") != "Inf" or inf["upos"] not in ("VERB", "AUX"):
            continue
        new = find(w, lemma="hann", upos="PRON", feats={"Case": "Acc", "Number": "Plur", "Gender": "Masc"})
        if new is not None:
            switch(w, new)


def infinitives_coordinated(words: list[dict]) -> None:
    """A verb after *og* that shares the infinitive before it ("vilja vera með og finna að …")
    is an infinitive too, not a finite verb with no subject of its own."""
    for i in range(2, len(words)):
        w = words[i]
        if words[i - 1]["form"].lower() != "og" or w["upos"] not in ("VERB", "AUX") or not is_finite(w):
            continue
        before = next((t for t in reversed(words[max(0, i - 6):i - 1]) if t["upos"] in ("VERB", "AUX")), None)
        if before is None or before["feats"].get("VerbForm") != "Inf":
            continue
        governing = next((t for t in reversed(words[max(0, i - 10):i - 1]) if is_finite(t)), None)
        if governing is not None and governing["feats"].get("Tense") != w["feats"].get("Tense"):
            continue  # "Börnin lærðu að synda og kunna það enn": a finite verb of its own tense
        if any(t["feats"].get("Case") == "Nom" and t["upos"] in ("PRON", "NOUN", "PROPN") for t in words[i + 1:i + 2]):
            continue  # a subject of its own right after it: a new finite clause
        new = find(w, lemma=w["lemma"], feats={"VerbForm": "Inf"})
        if new is not None:
            switch(w, new)


# What one gives (veita), not what one catches (veiða), of the forms the two verbs share (veitt,
# veittu, veitti): veita upplýsingar, aðstoð, leyfi, verðlaun …
VEITA_OBJECTS = {"upplýsing", "aðstoð", "hjálp", "leyfi", "þjónusta", "viðurkenning", "verðlaun", "styrkur", "lán", "svar",
                 "athygli", "áverki", "umsögn", "ráðgjöf", "stuðningur", "undanþága", "heimild", "innsýn", "fé", "liðsinni",
                 "forstaða", "viðnám", "aðgangur", "afsláttur", "skjól", "ráð"}


def veita_not_veida(words: list[dict]) -> None:
    """A form *veita* "give, provide" shares with *veiða* "catch, hunt" is *veita* when what
    follows is something given (geta veitt upplýsingar), not caught (hefur veitt lax)."""
    for i, w in enumerate(words):
        if w["lemma"] != "veiða" or w["upos"] != "VERB":
            continue
        k = i + 1
        while k < len(words) and words[k]["upos"] in ("ADJ", "DET", "NUM"):
            k += 1
        obj = words[k] if k < len(words) and words[k]["upos"] == "NOUN" else None  # no preposition between
        if obj is None or obj["lemma"] not in VEITA_OBJECTS:
            continue
        new = find(w, lemma="veita", feats={k: w["feats"][k] for k in ("VerbForm", "Case", "Number", "Gender", "Tense", "Person", "Mood") if k in w["feats"]})
        if new is not None:
            switch(w, new)
