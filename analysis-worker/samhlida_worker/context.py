"""The BÍN fallback's view of the words before a word without a parse."""

from .udmap import CASE, GENDER, NUMBER


class Context:
    """What the fallback knows of the words before: whether a word starts the sentence; the
    case (and number and gender) a noun here most likely has — the case the last preposition
    governs, or the case, number and gender of the determiner, adjective or numeral before it
    (*hins vegar*, *á sama tíma*) — until a noun phrase ends; and the person and number of a
    subject pronoun just before, whose finite verb most often follows it (*við förum*)."""

    def __init__(self) -> None:
        self.first_word = True
        self.governed_case: str | None = None
        self.agree: tuple = ()
        self.subject: tuple | None = None

    def after(self, token: dict) -> None:
        upos = token.get("upos")
        feats = token.get("feats", {})
        if token["kind"] != "punctuation":
            self.first_word = False
        if upos == "ADV":
            return  # an adverb leaves a noun phrase or a subject open: "í mjög stórum", "ég bara skil"
        self.governed_case, self.agree, self.subject = None, (), None
        if upos == "ADP":
            self.governed_case = token.get("_governs")
        elif upos == "PRON" and token.get("lemma") in PERSONAL_PRONOUNS:
            # a personal pronoun ends its noun phrase; in the nominative it is a subject
            if feats.get("Case") == "Nom" and feats.get("Number"):
                self.subject = (PERSONAL_PRONOUNS[token["lemma"]], NUMBER_OF[feats["Number"]])
        elif upos in ("PRON", "DET", "ADJ", "NUM") and feats.get("Case"):
            self.governed_case = CASE_OF[feats["Case"]]
            self.agree = tuple(table[feats[name]] for name, table in (("Number", NUMBER_OF), ("Gender", GENDER_OF)) if name in feats)


# Personal pronouns by lemma (BÍN files við under ég, þið under þú) → person.
PERSONAL_PRONOUNS = {"ég": "p1", "þú": "p2", "hann": "p3", "hún": "p3", "það": "p3"}
NUMBER_OF = {ud: greynir for greynir, ud in NUMBER.items()}
GENDER_OF = {ud: greynir for greynir, ud in GENDER.items()}
CASE_OF = {ud: greynir for greynir, ud in CASE.items()}
