"""Corrections after the parse: Greynir's best-scored tree is grammatical but sometimes wrong.
Each rule states a fact of Icelandic grammar that the neighbours of a word decide, and moves the
word to another of its BÍN readings only when that reading fits them. Rules see one sentence's
tokens (punctuation included: a comma or the full stop ends a clause)."""

from .cases import nominative_object, predicate_after_copula_is_nominative
from .lemmas import LEMMA_RULES
from .numbers import NUMBER_RULES
from .common import BREAKS, verb_object_cases
from .nouns import (agreement_after_preposition, preposition_not_noun, coordinated_case, coordinated_object, truncated_compound, uninflected_name_case, name_in_apposition, ordinal_agrees_with_noun,
                    preposition_read_as_adverb, title_agrees_with_noun)
from .noun_or_verb import common_verb_not_noun, noun_not_verb
from .pronouns import pronoun_not_rare_noun
from .prepositions import PREPOSITION_RULES
from .verb_usage import commoner_verb_of_the_form
from .degree import adverb_after_a_finite_verb, after_a_degree_adverb
from .predicates import adjective_not_impersonal_passive
from .impersonal import dative_subject_verb_not_noun
from .years import years_after_a_number
from .reflexives import reflexive_agrees_with_its_subject
from .pass10 import PASS10_RULES
from .pass11 import PASS11_RULES
from .pass12 import PASS12_RULES
from .pass12_tokens import times_with_hundredths
from .pass13 import PASS13_RULES
from .learner import PASS8_RULES
from .pass9 import PASS9_RULES
from .objects import (fronted_object, subject_after_middle_verb, object_after_subject_and_verb, pronoun_object_of_infinitive, subject_after_subordinator,
                      thvi_governed)
from .verbs import (impersonal_passive, infinitive_after_verb, missing_finite_verb, participle_not_noun, passive_object_case,
                    plural_imperatives, verb_after_subordinate_subject)
from .words import (
    heim_adverb,
    predicative_adjective,
    preposition_not_eiga,
    pronoun_not_adverb,
    reflexive_not_adverb,
    er_after_a_pronoun_is_the_verb,
    tha_adverb_or_pronoun,
    thvi_after_a_preposition,
    unit_symbol_after_a_number,
    abbreviation_after_a_number,
    vid_pronoun_or_preposition,
)

__all__ = ["RULES", "correct", "verb_object_cases"]

# In this order: the verb rules settle which words are verbs before the case rules read them.
RULES = [common_verb_not_noun, pronoun_not_rare_noun, impersonal_passive, infinitive_after_verb, participle_not_noun, passive_object_case, predicative_adjective,
         heim_adverb,
         tha_adverb_or_pronoun, preposition_not_eiga, vid_pronoun_or_preposition, missing_finite_verb, verb_after_subordinate_subject, plural_imperatives,
         reflexive_not_adverb, pronoun_not_adverb, thvi_after_a_preposition, nominative_object,
         er_after_a_pronoun_is_the_verb, unit_symbol_after_a_number, abbreviation_after_a_number]
# Case and agreement (noun phrases, subjects and objects), after the rules above have settled
# which words are verbs; noun_not_verb first, as it takes finite verbs away.
RULES += [preposition_not_noun, noun_not_verb, title_agrees_with_noun, name_in_apposition, preposition_read_as_adverb, agreement_after_preposition,
          coordinated_case, coordinated_object, truncated_compound, uninflected_name_case, ordinal_agrees_with_noun, subject_after_subordinator, object_after_subject_and_verb, fronted_object,
          pronoun_object_of_infinitive, thvi_governed, subject_after_middle_verb, predicate_after_copula_is_nominative]


# subject_after_subordinator once more at the end: the lemma rules tell "hvort" the conjunction
# from the pronoun hvor only after the case rules have run ("hvort ríkið geri").
LAST_RULES = [subject_after_subordinator]

# The seventh pass's rules (2026-12-07), after everything else.
PASS7_RULES = [commoner_verb_of_the_form, after_a_degree_adverb, adverb_after_a_finite_verb, adjective_not_impersonal_passive]

# Impersonal verbs with a dative subject in a subordinate clause (2026-12-07, night).
IMPERSONAL_RULES = [dative_subject_verb_not_noun, years_after_a_number]

def correct(sentence: list[dict]) -> None:
    """Correct one sentence's tokens in place, once, right after they are built."""
    times_with_hundredths(sentence)
    words = [t for t in sentence if t["kind"] != "punctuation" or t["form"] in BREAKS]
    for rule in RULES + LEMMA_RULES + NUMBER_RULES + PREPOSITION_RULES + LAST_RULES + PASS7_RULES + PASS8_RULES + IMPERSONAL_RULES + PASS9_RULES + PASS10_RULES + PASS11_RULES + PASS12_RULES + PASS13_RULES + [reflexive_agrees_with_its_subject]:
        rule(words)
