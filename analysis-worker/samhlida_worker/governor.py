"""What governs the case of a noun phrase, read off Greynir's parse tree: the preposition at
the head of its PP, or the verb whose object (NP-OBJ, NP-IOBJ) it is."""

from .udmap import CASE, verb_argument_cases

NOMINAL = {"no", "lo", "fn", "pfn", "abfn", "gr", "to", "person", "sérnafn", "entity"}



# The present singular forms hafa (have) and hefja (begin) share. Greynir takes "hefur samband,
# hef ég ekkert" as hefja with an object; hafa is by far the commoner verb, and hefja in
# running prose is nearly always middle (hefst, hófst) or infinitive.
HAFA_OR_HEFJA = {"hef", "hefur"}


def verb_lemma(lemma: str, form: str) -> str:
    """The governing verb's lemma as the word's own token gives it: hefur with an object is hafa."""
    return "hafa" if lemma == "hefja" and form.lower() in HAFA_OR_HEFJA else lemma

def _own_case(term) -> str | None:
    return next((v for v in term.all_variants if v in CASE), None)


def _head_verb(vp):
    """The verb terminal heading a VP: in a direct child VP (Greynir nests them)."""
    for child in vp.children:
        if child.is_terminal and child.tcat == "so":
            return child
        if not child.is_terminal and child.tag in ("VP",):
            found = _head_verb(child)
            if found is not None:
                return found
    return None


def implied_cases(tree) -> dict[int, str]:
    """Token index → the case a word without inflection (a foreign name, "Spurs") stands in, read
    off its place: the case its preposition governs, nominative as a subject."""
    out: dict[int, str] = {}

    def visit(node, case) -> None:
        if node.is_terminal:
            if case and _own_case(node) is None and node.tcat not in ("fs", "so", "ao", "st", "stt", "nhm", ""):
                out[node.index] = case
            return
        tag = node.tag or ""
        if tag.startswith("PP"):
            prep = next((c for c in node.descendants if c.is_terminal and c.tcat == "fs"), None)
            case = next((v for v in prep.all_variants if v in CASE), None) if prep is not None else None
        elif tag.startswith("NP-SUBJ"):
            case = "nf"
        elif not tag.startswith("NP"):
            case = None
        for child in node.children:
            visit(child, case)

    visit(tree, None)
    return out


def governors(tree) -> dict[int, dict]:
    """Token index → {kind, lemma, form, case} for every nominal whose case the parse explains."""
    out: dict[int, dict] = {}

    def mark(node, gov) -> None:
        if node.is_terminal:
            if gov and node.tcat in NOMINAL and _own_case(node) == gov["_case"]:
                out[node.index] = {k: v for k, v in gov.items() if k != "_case"}
            return
        tag = node.tag or ""
        if tag.startswith("NP-POSS") or tag.startswith("CP") or tag.startswith("IP") or tag.startswith("VP"):
            walk(node)
            return
        for child in node.children:
            if not child.is_terminal and child.tag and child.tag.startswith("PP"):
                walk(child)
            else:
                mark(child, gov)

    def walk(node) -> None:
        if node.is_terminal:
            return
        tag = node.tag or ""
        if tag.startswith("PP"):
            prep = next((c for c in node.descendants if c.is_terminal and c.tcat == "fs"), None)
            case = next((v for v in prep.all_variants if v in CASE), None) if prep is not None else None
            for child in node.children:
                if not child.is_terminal and child.tag and child.tag.startswith("NP") and case:
                    mark(child, {"kind": "preposition", "lemma": prep.lemma, "form": prep.text,
                                 "case": CASE[case], "_case": case})
                else:
                    walk(child)
            return
        if tag.startswith("VP"):
            verb = _head_verb(node)
            args = verb_argument_cases(list(verb.all_variants))[0] if verb is not None else []
            for child in node.children:
                ctag = (child.tag or "") if not child.is_terminal else ""
                if ctag in ("NP-OBJ", "NP-IOBJ") and verb is not None:
                    head_case = next((_own_case(t) for t in child.descendants
                                      if t.is_terminal and t.tcat in NOMINAL and _own_case(t)), None)
                    if head_case in args:
                        mark(child, {"kind": "verb", "lemma": verb_lemma(verb.lemma, verb.text), "form": verb.text,
                                     "case": CASE[head_case], "_case": head_case})
                        continue
                walk(child)
            return
        for child in node.children:
            walk(child)

    walk(tree)
    return out
