"""Rules of the twelfth pass (2026-12-08), from the errors of ours among 200 words where the
analysis and the treebanks disagree on the lemma, judged by a grammarian (see
docs/language-tools.md, "Twelfth pass"). Each moves a word only to another of its BÍN
readings; the order here is the order they run in."""

from .pass12_words import hvad_asks_how, infinitive_after_vilja

PASS12_RULES = [infinitive_after_vilja, hvad_asks_how]
