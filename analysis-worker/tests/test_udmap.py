from samhlida_worker.udmap import bin_variants, ud_features, upos_for, verb_argument_cases


def test_bin_noun_tag_with_article():
    assert bin_variants("kvk", "ÞGFETgr") == ["kvk", "þgf", "et", "gr"]
    assert ud_features("NOUN", bin_variants("kvk", "ÞGFETgr")) == {
        "Case": "Dat", "Number": "Sing", "Gender": "Fem", "Definite": "Def"}


def test_bin_finite_verb_tag():
    assert ud_features("VERB", bin_variants("so", "GM-FH-ÞT-3P-FT")) == {
        "Number": "Plur", "Person": "3", "Tense": "Past", "Mood": "Ind", "Voice": "Act", "VerbForm": "Fin"}


def test_bin_impersonal_verb_keeps_subject_case_out():
    # "mig langar": the accusative belongs to the subject, not to the verb
    feats = ud_features("VERB", bin_variants("so", "OP-ÞF-GM-FH-NT-3P-ET"))
    assert "Case" not in feats
    assert feats["Tense"] == "Pres" and feats["Person"] == "3"


def test_bin_past_participle_inflects_like_an_adjective():
    feats = ud_features("VERB", bin_variants("so", "LHÞT-SB-KVK-NFET"))
    assert feats == {"Case": "Nom", "Number": "Sing", "Gender": "Fem", "Tense": "Past", "VerbForm": "Part"}


def test_bin_weak_superlative_adjective():
    assert ud_features("ADJ", bin_variants("lo", "EVB-KK-ÞGFFT")) == {
        "Case": "Dat", "Number": "Plur", "Gender": "Masc", "Degree": "Sup", "Definite": "Def"}


def test_verb_terminal_arguments_are_not_the_verbs_case():
    # gefa einhverjum eitthvað: dative indirect object, accusative direct object
    assert verb_argument_cases(["2", "þgf", "þf", "gm", "nh"]) == (["þgf", "þf"], ["gm", "nh"])
    assert verb_argument_cases(["1", "þf", "subj", "op", "þf", "et"]) == (["þf"], ["op", "et"])


def test_word_classes():
    assert upos_for("st", "og") == "CCONJ"
    assert upos_for("st", "að") == "SCONJ"
    assert upos_for("kvk", "Reykjavík", "þor") == "PROPN"
    assert upos_for("hk", "land", "alm") == "NOUN"
    assert upos_for("nhm", "að") == "PART"
    assert upos_for("so", "munu") == "AUX"
