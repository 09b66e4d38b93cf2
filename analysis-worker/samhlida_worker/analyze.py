"""Text → tokens with lemma, UPOS, UD features, other BÍN readings, compound parts, governor."""

import re

from reynir import Greynir
from tokenizer import TOK

from .corrections import correct
from .corrections.names import name_genders_in_text, names_in_text
from .corrections.pass13_lists import numbered_list_items
from .governor import HAFA_OR_HEFJA, governors, implied_cases
from .names import proper_name
from .lexicon import PREPOSITION_CASE, best_reading, expansions, participle, bin_entries, compound_parts, join_lemma, readings, unit_reading
from .offsets import Utf16Offsets, locate
from .clauses import CLAUSE_BREAKS, CLAUSE_STARTERS, split_before
from .context import Context
from .udmap import CASE, GENDER, NUMBER, upos_for, ud_features, verb_argument_cases

KINDS = {
    "PUNCTUATION": "punctuation", "TIME": "time", "DATE": "date", "DATEABS": "date", "DATEREL": "date",
    "YEAR": "date", "TIMESTAMP": "date", "TIMESTAMPABS": "date", "TIMESTAMPREL": "date",
    "NUMBER": "number", "NUMWLETTER": "number", "TELNO": "number", "SSN": "number", "SERIALNUMBER": "number",
    "ORDINAL": "ordinal", "PERCENT": "percent", "URL": "url", "DOMAIN": "url", "EMAIL": "email",
    "CURRENCY": "amount", "AMOUNT": "amount", "MEASUREMENT": "amount",
    "PERSON": "name", "ENTITY": "name", "COMPANY": "name", "WORD": "word",
}
_WORDISH = re.compile(r"\w", re.UNICODE)


# Parses of a sentence's clauses one by one, at most, per request. A real paragraph needs a few
# dozen; a crafted run-on "sentence" of 100,000 characters cut at every "en" asked for 7,000
# (110 s, past the worker's time limit). Clauses beyond it get the BÍN fallback.
CLAUSE_PARSE_BUDGET = 200


class Analyzer:
    def __init__(self, max_sent_tokens: int = 50) -> None:
        self._greynir = Greynir()
        self._max = max_sent_tokens
        self._clause_parses_left = CLAUSE_PARSE_BUDGET

    def analyze(self, text: str) -> dict:
        to16 = Utf16Offsets(text)
        cursor = 0
        out: list[dict] = []
        parsed = total = 0
        if not text.strip():
            return {"tokens": out, "sentences": 0, "parsed": 0}
        self._clause_parses_left = CLAUSE_PARSE_BUDGET
        sentences: list[list[dict]] = []
        for sent in self._greynir.submit(text, parse=True, max_sent_tokens=self._max):
            total += 1
            spans = []
            for tok in sent.tokens:
                piece = (tok.original or tok.txt or "").strip()
                spans.append(locate(text, piece, cursor, (tok.txt or "").strip()) if piece else (cursor, cursor))
                cursor = spans[-1][1]
            if sent.tree is not None:
                parsed += 1
                terms, govs, implied = _terminals(sent.tree), governors(sent.tree), implied_cases(sent.tree)
            else:
                terms, govs, implied = self._parse_clauses(text, sent.tokens, spans)
            context = Context()
            sentence: list[dict] = []
            for index, tok in enumerate(sent.tokens):
                start, end = spans[index]
                if start == end:
                    continue
                kind = KINDS.get(TOK.descr.get(tok.kind, ""), "other")
                if kind == "other" and not _WORDISH.search(text[start:end]):
                    kind = "symbol"
                for token in _tokens(text, start, end, kind, tok, terms.get(index), govs.get(index), context):
                    token["start"], token["end"] = to16(token["start"]), to16(token["end"])
                    if index in implied and token.get("upos") in ("PROPN", "NOUN", "X") and "Case" not in token.get("feats", {}):
                        token["feats"] = {**token["feats"], "Case": CASE[implied[index]]}
                        if token["upos"] != "NOUN":
                            token["upos"] = "PROPN"
                            token["feats"].setdefault("Number", "Sing")
                    _cardinal_number(token)
                    sentence.append(token)
            _measure_genitive(sentence)
            _attributive_participles(sentence)
            _subject_pronouns(sentence)
            correct(sentence)
            sentences.append(sentence)
        numbered_list_items(sentences)
        names_in_text(sentences)
        name_genders_in_text(sentences)
        # After the text-level name passes, which can make a sentence's first word a name.
        for sentence in sentences:
            _name_kinds(sentence)
            out.extend(sentence)
        return {"tokens": out, "sentences": total, "parsed": parsed}

    def _parse_clauses(self, text, tokens, spans):
        """A sentence the grammar rejects as a whole often parses clause by clause: split it at
        commas, semicolons, colons, dashes and brackets and parse each part on its own, so its
        words still get grammar in context. A part that still fails is cut again at a coordinating
        conjunction (two main clauses joined by og or en are what the grammar most often cannot
        take whole) and at a relative or subordinating conjunction. Words in parts that fail get
        the BÍN fallback."""
        found: tuple = ({}, {}, {})
        chunk: list[int] = []
        for index, tok in enumerate(tokens + [None]):
            if tok is not None and not (TOK.descr.get(tok.kind) == "PUNCTUATION" and tok.txt in CLAUSE_BREAKS):
                chunk.append(index)
                continue
            self._parse_split(text, tokens, spans, chunk, found)
            chunk = []
        return found

    def _parse_split(self, text, tokens, spans, chunk, found) -> None:
        """Parse the chunk; if it fails, each of its parts cut at the clause starters."""
        if not self._parse_part(text, tokens, spans, chunk, found):
            for part in split_before(tokens, chunk, CLAUSE_STARTERS):
                self._parse_part(text, tokens, spans, part, found)

    def _parse_part(self, text, tokens, spans, chunk, found) -> bool:
        """Parse the tokens `chunk` of a sentence alone; record their terminals in `found`."""
        words = [i for i in chunk if TOK.descr.get(tokens[i].kind) != "PUNCTUATION"]
        if len(words) < 2 or self._clause_parses_left <= 0:
            return False
        self._clause_parses_left -= 1
        start, end = spans[chunk[0]][0], spans[chunk[-1]][1]
        by_start = {spans[i][0]: i for i in chunk}
        part = self._greynir.parse_single(text[start:end], max_sent_tokens=self._max)
        if part is None or part.tree is None:
            return False
        local = 0
        mapping = {}
        for j, ptok in enumerate(part.tokens):
            piece = (ptok.original or ptok.txt or "").strip()
            s0, local = locate(text[start:end], piece, local, (ptok.txt or "").strip())
            if start + s0 in by_start:
                mapping[j] = by_start[start + s0]
        terms, govs, implied = found
        for source, target in ((_terminals(part.tree), terms), (governors(part.tree), govs), (implied_cases(part.tree), implied)):
            for j, value in source.items():
                if j in mapping:
                    target[mapping[j]] = value
        return True


# What Greynir's tokenizer (token kinds) or parser (terminal categories) calls a name.
NAME_HINTS = {"PERSON": "person", "person": "person", "COMPANY": "organisation", "ENTITY": "other", "entity": "other"}


def _name_hint(tok, term) -> str | None:
    if term is not None and term.tcat in NAME_HINTS:
        return NAME_HINTS[term.tcat]
    return NAME_HINTS.get(TOK.descr.get(tok.kind, "")) if tok is not None else None


def _name_kinds(sentence: list[dict]) -> None:
    """Every proper noun says what kind of name it is (names.py), after the corrections have
    settled its lemma; the word's own lemma and features are left as they are."""
    for token in sentence:
        hint = token.pop("_name", None)
        if token.get("upos") == "PROPN" and token.get("lemma"):
            token["name"] = proper_name(token["form"], token["lemma"], hint)


def _cardinal_number(token) -> None:
    """A cardinal number with a case is plural unless it ends in "one" (einn, 21, 101 but not
    11): "tíu hestar", "70 prósent", "21 hestur". BÍN gives number words no number of their own."""
    feats = token.get("feats", {})
    if token.get("upos") != "NUM" or "Case" not in feats or "Number" in feats or token.get("lemma") == "einn":
        return
    digits = token["form"].replace(".", "")
    if digits.isdigit() and digits.endswith("1") and not digits.endswith("11"):
        return
    token["feats"] = {**feats, "Number": "Plur"}


def _attributive_participles(sentence: list[dict]) -> None:
    """A past participle the parser read as an adjective is the verb's participle (unninn,
    lagður) except before a noun it agrees with, where it is an adjective of its own: "ákveðinn
    fjöldi" (a certain number), "aukinnar virkni" — unless vera or verða comes just before,
    which makes it a passive ("var tekin ákvörðun"). Both treebanks tag these ADJ."""
    words = [t for t in sentence if t["kind"] != "punctuation"]
    for i, token in enumerate(words):
        adjective = token.pop("_adjective", None)
        if adjective is None or i + 1 >= len(words):
            continue
        after, before = words[i + 1], words[i - 1] if i else None
        agree = all(after.get("feats", {}).get(k) == adjective["feats"].get(k) for k in ("Case", "Number", "Gender"))
        if after.get("upos") == "NOUN" and agree and (before is None or before.get("lemma") not in ("vera", "verða")):
            token.update(adjective)


def _measure_genitive(sentence: list[dict]) -> None:
    """A measure before a noun stands in the genitive: "200 m hlaup" is "200 metra hlaup"."""
    for i, token in enumerate(sentence):
        if token.pop("_unit", False) and i + 1 < len(sentence) and sentence[i + 1].get("upos") == "NOUN":
            token["feats"] = {**token["feats"], "Case": "Gen"}


def _subject_pronouns(sentence: list[dict]) -> None:
    """Without a parse, "við" is the preposition (with) by the fallback's order, but next to a
    verb in the 1st person plural it is the subject "we": "þegar við fórum", "erum við"."""
    words = [t for t in sentence if t["kind"] != "punctuation"]
    for i, token in enumerate(words):
        if token.pop("_fallback", False) and token["form"].lower() == "við" and token["upos"] == "ADP":
            near = [w["form"] for w in words[max(0, i - 1):i] + words[i + 1:i + 2]]
            if any(_first_person_plural_verb(form) for form in near):
                token.pop("_governs", None)
                token.update(lemma="ég", upos="PRON", feats={"Case": "Nom", "Number": "Plur", "Person": "1"})
    for token in sentence:
        token.pop("_fallback", None)


def _first_person_plural_verb(form: str) -> bool:
    return any(ordfl == "so" and "1P" in mark and "FT" in mark for _l, ordfl, _d, mark in bin_entries(form))


def _terminals(tree):
    return {t.index: t for t in tree.descendants if t.is_terminal}


def _tokens(text, start, end, kind, tok, term, gov, context):
    """One token, or one per word when the tokenizer merged several (names, dates, amounts)."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    if len(words) <= 1:
        if kind in SPELLED and text[start:end].isalpha():
            kind, term = "word", None  # "janúar" alone is a date to the tokenizer
        token = _token(text[start:end], start, end, kind, tok, term, gov, context)
        context.after(token)
        token.pop("_governs", None)
        return [token]
    lemmas = term.lemma.split() if term is not None else _person_name(tok)
    phrase = _fixed_phrase(tok, term) if kind == "word" else None
    out = []
    for i, (s, e) in enumerate(words):
        form = text[s:e]
        if kind == "name" and (term is not None or tok.val):
            out.append(_name_part(form, s, e, term, tok, lemmas[i] if len(lemmas) == len(words) else form))
        else:
            sub_kind = kind if not form[:1].isalpha() else "word"
            if kind == "amount" and re.fullmatch(r"[0-9][0-9.,]*", form):
                sub_kind = "number"  # "200" of "200 m" is a cardinal number
            case = next((v for v in term.all_variants if v in CASE), None) if term is not None else None
            if case is not None and sub_kind == "word":
                # "3. júní" is one token to the parser; its case holds for the month's name
                context.governed_case = case
            unit = unit_reading(form, text[words[i - 1][0]:words[i - 1][1]] if i else None, case) if kind == "amount" else None
            if unit is not None:
                out.append({"kind": "word", "form": form, "start": s, "end": e, **unit, "_unit": True})
            else:
                out.append(_token(form, s, e, sub_kind, None, None, None, context))
                if kind == "time" and sub_kind == "word":
                    _clock_numeral(out[-1])
        if phrase is not None and out[-1]["kind"] == "word":
            out[-1]["phrase"] = phrase
        context.after(out[-1])
        out[-1].pop("_governs", None)
    _adverbs_in_phrase(out, phrase)
    return out


# Adverbs BÍN spells like a form of the pronoun samur "same", which is all the fallback sees in
# the fixed expressions the tokenizer joins (samt sem áður "still", smám saman "gradually",
# saman "together"). Kept to these two: a general "adverb of the same spelling" rule also turned
# annars in annars vegar, meira in meira að segja and allt in allt í einu into adverbs, which
# the built-in article and both treebanks read as the pronoun or adjective (measured: Modern
# case −0.2, curated agreement −1).
SAMUR_ADVERBS = {"samt", "saman"}


def _adverbs_in_phrase(words: list[dict], phrase: dict | None) -> None:
    """In a fixed adverbial expression, samt and saman read as forms of samur are the adverbs."""
    if phrase is None or phrase.get("upos") != "ADV":
        return
    for token in words:
        form = token["form"].lower()
        if token.get("kind") != "word" or form not in SAMUR_ADVERBS or token.get("lemma") != "samur":
            continue
        found = readings(token["form"])
        adverb = next((r for r in found if r["upos"] == "ADV" and r["lemma"].lower() == form), None)
        if adverb is None:
            continue
        others = [r for r in found if not _same(r, adverb)]
        token.update(lemma=adverb["lemma"], upos="ADV", feats=dict(adverb["feats"]))
        token.pop("parts", None)
        if others:
            token["otherReadings"] = others
        else:
            token.pop("otherReadings", None)


def _clock_numeral(token: dict) -> None:
    """In a time the tokenizer found ("klukkan átta", "kl. sjö") a word that is also a
    cardinal is that number: not the verb átta "orient" nor the noun sjö, which the fallback's
    order of word classes would give it. It does not inflect, so it gets no features."""
    numeral = next((r for r in readings(token["form"]) if r["upos"] == "NUM"), None)
    if numeral is None or token.get("upos") == "NUM":
        return
    others = [r for r in readings(token["form"]) if not _same(r, numeral)]
    token.update(lemma=numeral["lemma"], upos="NUM", feats=dict(numeral["feats"]))
    token.pop("parts", None)
    if others:
        token["otherReadings"] = others


def _fixed_phrase(tok, term) -> dict | None:
    """The fixed expression a multi-word token stands for ("til dæmis", "hins vegar", "á
    morgun": Greynir's tokenizer knows them as one adverb), so the gloss can give its meaning
    as a whole beside each word's own."""
    lemma, ordfl = (term.lemma, term.tcat) if term is not None else (None, None)
    if not lemma or " " not in lemma:
        found = next((m for m in (tok.val if isinstance(tok.val, list) else []) if " " in (getattr(m, "stofn", "") or "")), None)
        if found is None:
            return None
        lemma, ordfl = found.stofn, found.ordfl
    upos = "ADV" if ordfl in ("ao", "eo") else upos_for(ordfl, lemma)
    return {"lemma": lemma, "upos": upos}


SPELLED = {"date", "time", "amount"}


def _person_name(tok) -> list[str]:
    """The words of a person's name in the nominative, which the tokenizer gives a name it
    recognised ("Gunnari Braga Sveinssyni" → Gunnar Bragi Sveinsson) when no parse does."""
    name = getattr(tok.val[0], "name", None) if tok is not None and isinstance(tok.val, list) and tok.val else None
    return name.split() if isinstance(name, str) else []



def _name_part(form, start, end, term, tok, lemma):
    if term is not None:
        variants = list(term.all_variants)
    else:
        first = tok.val[0]
        variants = [getattr(first, "case", "nf") or "nf", getattr(first, "gender", "") or ""]
    feats = ud_features("PROPN", variants + ["et"])
    feats.pop("Definite", None)
    token = {"kind": "name", "form": form, "start": start, "end": end, "lemma": lemma, "upos": "PROPN", "feats": feats}
    hint = _name_hint(tok, term)
    if hint:
        token["_name"] = hint
    return token


def _token(form, start, end, kind, tok, term, gov, context):
    token = {"kind": kind, "form": form, "start": start, "end": end}
    if kind == "punctuation" or (kind == "symbol"):
        token.update(lemma=form, upos="PUNCT" if kind == "punctuation" else "SYM", feats={})
        return token
    if kind in ("number", "ordinal", "percent", "date", "time", "amount", "url", "email"):
        token.update(lemma=form, upos="NUM" if kind in ("number", "percent") else ("ADJ" if kind == "ordinal" else "X"), feats={})
        if term is not None and kind == "number":
            token["feats"] = ud_features("NUM", list(term.all_variants))  # "10 hesta": accusative plural
        if kind in ("url", "email"):
            token["upos"] = "X"
        if kind == "date" and form.isdigit() or kind == "time" and form[:1].isdigit():
            token["upos"] = "NUM"  # "2019", "kl. 15:30": a number, as both treebanks tag it
        return token
    if term is not None and term.tcat not in ("", "p"):
        raw = term.lemma
        if raw.endswith(".") and tok is not None and tok.val:
            # an abbreviation ("hv."): the lemma is what it stands for, in the class parsed
            # (a noun's terminal is "no"; the abbreviation list names its gender: kk, kvk, hk)
            same = {term.tcat} | (set(GENDER) if term.tcat == "no" else set())
            raw = next((lemma for lemma, ordfl in expansions(form) if ordfl in same),
                       next((m.stofn for m in tok.val if getattr(m, "ordfl", None) in same), raw))
        lemma = join_lemma(raw, form)
        possession = lemma == "hefja" and form.lower() in HAFA_OR_HEFJA
        if possession:
            lemma = raw = "hafa"
        domain = _domain(form, raw, term.tcat, term.cat)
        upos = upos_for(term.tcat if term.tcat != "no" else term.cat, lemma, domain)
        if possession and verb_argument_cases(list(term.all_variants))[0]:
            upos = "VERB"  # parsed with an object: hafa the main verb (have), not the auxiliary
        variants = list(term.all_variants)
        if term.tcat == "so":
            variants = verb_argument_cases(variants)[1]
        if term.tcat == "fs":
            token["_governs"] = next((v for v in variants if v in CASE), None)
        feats = ud_features(upos, variants)
        verb = participle(form, *(next((v for v in variants if v in t), None) for t in (CASE, NUMBER, GENDER))) if upos == "ADJ" else None
        if verb is not None and feats.get("Degree", "Pos") == "Pos" and _participle_lemma(lemma, verb):
            token["_adjective"] = {"lemma": lemma, "upos": upos, "feats": feats}
            lemma, upos, raw = verb, "VERB", verb
            feats = ud_features("VERB", ["lhþt"] + [v for v in variants if v in CASE or v in NUMBER or v in GENDER])
        if upos == "PROPN" and term.tcat in ("person", "sérnafn", "entity"):
            feats.pop("Definite", None)
            if "Case" in feats:
                # Greynir's name terminals carry no number; a name that BÍN does not list as
                # plural (Bandaríkin is a noun there) names one person, club or place
                feats.setdefault("Number", "Sing")
        chosen = {"lemma": lemma, "upos": upos, "feats": feats}
    else:
        raw = None
        chosen = best_reading(form, context.first_word, context.governed_case, context.agree, context.subject)
        if chosen is None and expansions(form):
            lemma, ordfl = expansions(form)[0]
            chosen = {"lemma": lemma, "upos": upos_for(ordfl, lemma), "feats": {}}
        if chosen is None:
            upos = "PROPN" if form[:1].isupper() and not context.first_word else "X"
            chosen = {"lemma": form, "upos": upos, "feats": {}}
    token.update(chosen)
    hint = _name_hint(tok, term)
    if hint:
        token["_name"] = hint
    if raw is None:
        token["_fallback"] = True
    if chosen["upos"] == "ADP" and "_governs" not in token:
        token["_governs"] = PREPOSITION_CASE.get(form.lower())
    if kind == "word" and chosen["upos"] == "PROPN" and term is not None and term.tcat == "person":
        token["kind"] = "name"
    others = [r for r in readings(form) if not _same(r, chosen)]
    if others:
        token["otherReadings"] = others
    if raw is None:
        raw = next((e[0] for e in bin_entries(form) if join_lemma(e[0], form) == chosen["lemma"]), chosen["lemma"])
    parts = compound_parts(raw, form)
    if parts:
        token["parts"] = parts
    if gov:
        token["governor"] = gov
    return token


# Adjectives BÍN lists as a verb's past participle whose sense in prose is their own: "það er
# satt" (true, not "sated", seðja), "rétt" (right, not "handed", rétta), "háð veðri" (dependent,
# not "waged", heyja), "aldraðir" (elderly; aldrast is rare). Found in the UD dev sets, where
# both treebanks tag them as adjectives.
OWN_MEANING_ADJECTIVES = {"réttur", "sannur", "háður", "aldraður"}


def _participle_lemma(adjective: str, verb: str) -> bool:
    """Whether an adjective is the verb's past participle itself (unninn: vinna, lagður: leggja)
    rather than an adjective of its own that shares a form with it: "hlýtt" is neuter of hlýr
    (warm) and the participle of hlýða (obey), "opið" of opinn and of opna (opnaður), "skýrt" of
    skýr and of skýra (skýrður). Only the first kind is read as the verb; and not the few that
    BÍN files as participles but whose meaning is their own (OWN_MEANING_ADJECTIVES)."""
    if adjective in OWN_MEANING_ADJECTIVES:
        return False
    return any(lemma == verb and ordfl == "so" and mark.startswith("LHÞT") for lemma, ordfl, _d, mark in bin_entries(adjective))


def _domain(form, raw_lemma, tcat, cat):
    """BÍN's domain (alm, örn, ism …) of the entry the parser chose, to tell names from nouns."""
    for lemma, ordfl, domain, _mark in bin_entries(form):
        if lemma == raw_lemma and (ordfl == cat or ordfl == tcat):
            return domain
    return "alm"


def _same(reading, chosen):
    """The chosen reading, or a less specific copy of it (BÍN gives no person for ég)."""
    return (reading["lemma"] == chosen["lemma"] and reading["upos"] == chosen["upos"]
            and reading["feats"].items() <= chosen["feats"].items())
