"""A sentence the grammar rejects whole is parsed in parts cut at clause starters."""


def test_a_clause_after_og_is_parsed_when_the_whole_sentence_is_not(analyzer, words):
    # the foreign name "Dele Alli" has no case in BÍN, so the whole sentence does not parse
    text = "Við hittum Dele Alli í gær og hann á marga hesta."
    assert analyzer.analyze(text)["parsed"] == 0
    w = words(text)
    # parsed alone, "hann á marga hesta" shows á as the verb eiga (owns), not the preposition
    assert w["á"]["lemma"] == "eiga" and w["á"]["upos"] == "VERB"
    assert w["hesta"]["lemma"] == "hestur"
    assert w["hesta"]["feats"]["Case"] == "Acc" and w["hesta"]["feats"]["Number"] == "Plur"


def test_a_relative_clause_is_parsed_on_its_own(words):
    w = words("Ég þekki Dele Alli sem á marga hesta.")
    assert w["á"]["lemma"] == "eiga"
    assert w["sem"]["upos"] in ("SCONJ", "PRON")


def test_a_personal_pronoun_is_no_determiner_for_the_word_after_it(words):
    # in a sentence without a whole parse, "Ég þekki" must not read þekki as an adjective
    # agreeing with ég; a subject pronoun is followed by its verb
    w = words("Ég þekki Dele Alli vel, hann er góður.")
    assert w["þekki"]["lemma"] == "þekkja" and w["þekki"]["upos"] == "VERB"
