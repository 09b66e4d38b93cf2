"""Rules of the thirteenth pass (2026-12-08, second session), in the order they run."""

from .pass13_numbers import clock_time_is_nominative
from .pass13_verbs import commoner_verb_in_another_tense, infinitive_after_marker_or_modal
from .pass13_words import allt_in_fixed_phrases, heldur_after_a_negation, thvi_after_a_preposition, vid_after_en_is_we

PASS13_RULES = [clock_time_is_nominative, infinitive_after_marker_or_modal, commoner_verb_in_another_tense, heldur_after_a_negation, vid_after_en_is_we, allt_in_fixed_phrases, thvi_after_a_preposition]
