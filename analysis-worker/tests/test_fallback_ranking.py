"""The BÍN fallback's choice for a word without a parse; expected readings from Icelandic usage."""

from samhlida_worker.lexicon import best_reading, rare_lemmas


def test_readings_bin_marks_as_obsolete_or_regional_come_last():
    # "velli" is the dative of völlur (field); BÍN also lists an obsolete "velli" (kk) and a regional one (hk)
    assert ("velli", "kk") in rare_lemmas("velli")
    assert best_reading("velli", False)["lemma"] == "völlur"


def test_a_noun_comes_before_a_verbs_subjunctive_or_first_person():
    # "sæti" (seat) is also the past subjunctive of sitja and 1st person of sæta
    assert best_reading("sæti", False)["lemma"] == "sæti"
    assert best_reading("sæti", False)["upos"] == "NOUN"


def test_auxiliaries_come_first_among_verbs():
    # "hefði": the past subjunctive of hafa, not of the rare hefða
    assert best_reading("hefði", False)["lemma"] == "hafa"


def test_voru_is_the_verb_not_the_solemn_possessive():
    r = best_reading("voru", False)
    assert r["lemma"] == "vera" and r["feats"]["Number"] == "Plur" and r["feats"]["Tense"] == "Past"


def test_the_commonest_class_is_looked_up_by_the_form():
    # þá is mostly the adverb "then"; BÍN lists it first as the pronoun sá/hann
    assert best_reading("þá", False)["upos"] == "ADV"
    assert best_reading("Þá", True)["lemma"] == "þá"
    # sér: the reflexive pronoun (sig), not the adverb "apart"
    assert best_reading("sér", False)["lemma"] == "sig"


def test_a_subject_pronoun_calls_for_its_finite_verb():
    # "höfum" is also the dative plural of haf (sea); after "við" it is "we have"
    r = best_reading("höfum", False, subject=("p1", "ft"))
    assert r["lemma"] == "hafa" and r["feats"]["Person"] == "1" and r["feats"]["Number"] == "Plur"
    # "á" after "hann": the verb eiga (owns), not the preposition or the river
    assert best_reading("á", False, subject=("p3", "et"))["lemma"] == "eiga"


def test_a_noun_agrees_with_its_determiner_in_number_and_gender_too():
    # "hesta" after "marga" (acc. pl. masc.): the noun hestur, not the verb
    r = best_reading("hesta", False, "þf", ("ft", "kk"))
    assert r["lemma"] == "hestur" and r["feats"]["Number"] == "Plur"


def test_an_auxiliarys_subjunctive_and_first_person_are_not_demoted():
    # "muni" is the subjunctive of munu (will), far commoner than the noun muni (article, thing)
    assert best_reading("muni", False)["lemma"] == "munu"
    # "hef": hafa (I have), not the imperative of hefja
    assert best_reading("hef", False)["lemma"] == "hafa"


def test_a_function_word_opening_a_sentence_is_not_the_name_of_the_same_form():
    # BÍN files a farm under "Á"; a sentence that opens with "Á" opens with the preposition
    assert best_reading("Á", True)["upos"] == "ADP"
    assert best_reading("Á", True)["lemma"] == "á"
    # mid-sentence, a capital still says "name"
    assert best_reading("Á", False)["lemma"] == "Á"


def test_a_content_word_opening_a_sentence_keeps_its_name():
    # "Hulda" is a woman's name; "hulda" only a form of a verb and a rare noun: no function word
    assert best_reading("Hulda", True)["lemma"] == "Hulda"


def test_the_words_of_a_fixed_adverb_are_read_in_context(words):
    # Greynir reads "Á morgun" as one adverb token; its words are the preposition and its object
    w = words("Á morgun fer ég heim.")
    assert (w["Á"]["lemma"], w["Á"]["upos"]) == ("á", "ADP")
    assert (w["morgun"]["lemma"], w["morgun"]["feats"]["Case"]) == ("morgunn", "Acc")


def test_a_personal_pronouns_bin_reading_has_its_person_and_gender():
    # BÍN's tags for hann/hún/það give case and number only; person and gender are the lemma's
    from samhlida_worker.lexicon import readings
    thess = next(r for r in readings("þess") if r["lemma"] == "það")
    assert thess["feats"] == {"Case": "Gen", "Number": "Sing", "Gender": "Neut", "Person": "3"}
    okkur = next(r for r in readings("okkur") if r["lemma"] == "ég")
    assert okkur["feats"]["Person"] == "1" and okkur["feats"]["Number"] == "Plur" and "Gender" not in okkur["feats"]
