"""Rules of the twelfth pass (2026-12-08), from the errors of ours among 200 words where the
analysis and the treebanks disagree on the lemma, judged by a grammarian (see
docs/language-tools.md, "Twelfth pass"). Each moves a word only to another of its BÍN
readings; the order here is the order they run in."""

from .pass12_words import a_is_not_a_river, hvad_asks_how, infinitive_after_vilja, interrupted_from_the_floor

PASS12_RULES = [infinitive_after_vilja, hvad_asks_how, interrupted_from_the_floor, a_is_not_a_river]
