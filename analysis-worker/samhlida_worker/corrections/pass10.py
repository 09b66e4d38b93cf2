"""Rules of the tenth pass (2026-12-07, late): errors four lexicographers found reading 24
everyday texts, and the reflexives' antecedents (reflexives.py). Each moves a word only to
another of its BÍN readings. The rules live by subject in pass10_words.py, pass10_verbs.py and
pass10_time.py; the order here is the order they run in."""

from .pass10_time import (dative_time_after_a, month_in_a_date, no_governor_inside_a_fixed_adverb, number_range,
                          the_year_is_accusative, time_adverbial_has_no_governor)
from .pass10_verbs import (governor_names_the_verbs_lemma, impersonal_verb_is_third_person, infinitive_marker, infinitives_coordinated,
                           instructions_in_the_imperative, supine_after_hafa, tha_subject_of_an_infinitive, veita_not_veida)
from .pass10_words import (accusative_after_noun_a, adjective_after_a_quantifier, adjective_before_its_noun, among_not_medicine,
                           belief_in, coordinated_adjectives, core_noun_of_the_same_gender, example_not_judge, frekar_is_rather,
                           hafid_samband, hver_the_pronoun, noun_after_its_modifier, plural_only_headword, opening_adjective, numeral_agrees_with_its_noun,
                           adjective_after_a_verb_of_seeming, thvi_because_before_a_subject, rett_is_just_or_rightly, satt_is_true,
                           sem_is_the_relative, tha_object_of_a_transitive_verb)
from .words import thvi_after_a_preposition

# thvi_after_a_preposition runs again: later passes turn words into prepositions (frá, read as
# the adjective frár, in "langt frá því að").
PASS10_RULES_HEAD = [instructions_in_the_imperative, thvi_because_before_a_subject, veita_not_veida, tha_subject_of_an_infinitive, infinitives_coordinated, opening_adjective, numeral_agrees_with_its_noun, adjective_after_a_verb_of_seeming, thvi_because_before_a_subject, plural_only_headword, core_noun_of_the_same_gender, coordinated_adjectives, tha_object_of_a_transitive_verb, supine_after_hafa, impersonal_verb_is_third_person, the_year_is_accusative, infinitive_marker, adjective_before_its_noun, number_range, no_governor_inside_a_fixed_adverb, hafid_samband, dative_time_after_a, time_adverbial_has_no_governor, month_in_a_date, noun_after_its_modifier, adjective_after_a_quantifier, hver_the_pronoun, thvi_after_a_preposition, among_not_medicine, accusative_after_noun_a, rett_is_just_or_rightly, sem_is_the_relative, frekar_is_rather, belief_in, example_not_judge, satt_is_true]

# The governing verb is named last, after every rule that may change a verb's lemma.
PASS10_RULES = PASS10_RULES_HEAD + [governor_names_the_verbs_lemma]
