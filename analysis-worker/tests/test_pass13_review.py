"""The thirteenth pass through the real parse, on sentences written to try its rules both ways:
the infinitive after *að* or a modal, a finite verb after a fronted adverb, clock times, *heldur*
"but rather", a numbered list's ordinals, *en við*, *allt* in fixed expressions, *náðum* and
*því* after a preposition.
Nineteen of these fail on the code before the pass; the rest guard against the misfires a
reviewer found. The expected readings are the grammar's."""

import pytest


@pytest.mark.parametrize("sentence, form, verb_form", [
    # right after the infinitive marker, or a modal with only adverbs between: the infinitive
    ("Það á eftir að gera ráð fyrir því í áætluninni.", "gera", "Inf"),
    ("Það skyldu nú ekki eiga eftir að verða örlög þeirra.", "verða", "Inf"),
    ("Ríkið muni þá hafa í för með sér mikinn kostnað.", "hafa", "Inf"),
    ("Það mun myndast meiri hefð fyrir því.", "myndast", "Inf"),
    # an adverb fronted in the clause, the subject after the verb: the present plural
    ("Ég vona að auðvitað borga þau skattinn sinn.", "borga", "Fin"),
    ("Hann sagði að nú gera menn betur en áður.", "gera", "Fin"),
    ("Þingmenn munu greiða atkvæði um málið á morgun.", "munu", "Fin"),
])
def test_infinitive_or_present_plural(words, sentence, form, verb_form):
    w = words(sentence)[form]
    assert w["feats"].get("VerbForm") == verb_form
    assert ("Mood" in w["feats"]) == (verb_form == "Fin")


@pytest.mark.parametrize("sentence, form, case", [
    ("Fundurinn hefst klukkan 17:00 í Ráðhúsinu.", "17:00", "Nom"),
    ("Leikurinn hefst kl. 18.35 á RÚV.", "18.35", "Nom"),
    ("Dagskráin: 17:07 skriðsund, 17:15 baksund.", "17:15", "Nom"),
    # after a preposition the learner may say the numeral in its case: none is claimed
    ("Opið er frá 10:00 til 18:00 alla daga.", "10:00", None),
    ("Opið er frá 10:00 til 18:00 alla daga.", "18:00", None),
    # a race time is not a time of day
    ("Hún synti á 1:07,99 mín.", "1:07,99", None),
])
def test_a_time_of_day_is_nominative(words, sentence, form, case):
    assert words(sentence)[form]["feats"].get("Case") == case


@pytest.mark.parametrize("sentence, lemma, upos", [
    # after a negation and a comma, before a phrase, an infinitive or a verb: "but rather"
    ("Ég vil ekki sjá gögnin til að hengja neinn, heldur til þess að geta tekið ákvörðun.", "heldur", "CCONJ"),
    ("Við eigum ekki að festast í skotgröfunum, heldur að reyna að taka hvert mál fyrir sig.", "heldur", "CCONJ"),
    ("Hún er ekki hætt, heldur rétt að byrja.", "heldur", "CCONJ"),
    # the verb: a speaker going on, or no negation before it
    ("Þetta er ekki gott, heldur hann áfram.", "halda", "VERB"),
    ("Hún heldur áfram að vinna, þótt hún sé ekki ung.", "halda", "VERB"),
])
def test_heldur_after_a_negation(words, sentence, lemma, upos):
    w = words(sentence)["heldur"]
    assert (w["lemma"], w["upos"]) == (lemma, upos)


def ordinals(analyzer, text):
    return [t["form"] for t in analyzer.analyze(text)["tokens"] if t["kind"] == "ordinal"]


def test_a_numbered_list_run_into_one_line_has_ordinals(analyzer):
    text = "1. Birgir Leifur Hafþórsson, GKG 98 2. Gísli Sveinbergsson, GK 69 3. Axel Bóasson, GK 50"
    assert ordinals(analyzer, text) == ["1.", "2.", "3."]


@pytest.mark.parametrize("text", [
    "Leikurinn endaði 2 2. Næsti leikur er á sunnudag.",   # a score ends the sentence
    "Þeir skoruðu 3. Við skoruðum 4. Svo var flautað af.",  # counting on, but no list
])
def test_numbers_ending_sentences_stay_cardinals(analyzer, text):
    assert ordinals(analyzer, text) == []


@pytest.mark.parametrize("sentence, occurrence, lemma, upos", [
    # "than we": no object after it, so not the preposition
    ("Sviss er í allt annarri stöðu en við þar sem gengið er sterkt.", 0, "ég", "PRON"),
    ("Hann var ánægður en við það bættist að hún kom.", 0, "við", "ADP"),
    ("Mér líkar vel við hana en við hann ekki.", 1, "við", "ADP"),
])
def test_vid_after_en(analyzer, sentence, occurrence, lemma, upos):
    w = [t for t in analyzer.analyze(sentence)["tokens"] if t["form"].lower() == "við"][occurrence]
    assert (w["lemma"], w["upos"]) == (lemma, upos)


@pytest.mark.parametrize("sentence, case", [
    ("Hún var bara allt í lagi.", "Nom"),
    ("Allt í einu kom hann inn.", "Nom"),
    ("Það er hægt að setja allt saman í einn pott.", "Acc"),
])
def test_allt_in_a_fixed_expression_is_the_pronoun(words, sentence, case):
    w = next(t for form, t in words(sentence).items() if form.lower() == "allt")
    assert (w["lemma"], w["upos"], w["feats"].get("Case")) == ("allur", "PRON", case)


@pytest.mark.parametrize("sentence, form, lemma", [
    # náðum: ná "reach" in the past, not the rarer náða "pardon" in the present
    ("Við náðum seinni hálfleik.", "náðum", "ná"),
    ("Forsetinn náðaði fangann.", "náðaði", "náða"),
])
def test_the_commoner_verb_of_a_form_in_another_tense(words, sentence, form, lemma):
    assert words(sentence)[form]["lemma"] == lemma


def test_its_object_follows_into_the_dative(words):
    w = words("Við náðum seinni hálfleik.")["hálfleik"]
    assert w["feats"]["Case"] == "Dat" and w["governor"]["lemma"] == "ná"


# A second grammarian's sentences on which the rules' first versions misfired (25 words of 135
# sentences); each now keeps the reading the grammar gives.

@pytest.mark.parametrize("sentence, occurrence, form, finite", [
    ("Það sem þeir vilja gera þeir sjálfir.", 0, "gera", True),         # the main clause's verb
    ("Allir sem vilja geta skráð sig á heimasíðunni.", 0, "geta", True),
    ("Þeir sem að fara fyrstir fá bestu sætin.", 0, "fara", True),      # colloquial "sem að"
    ("Þau sem að vinna hér eru flest frá Póllandi.", 0, "vinna", True),
])
def test_a_finite_verb_after_a_clause_ending_modal_or_sem_ad(analyzer, sentence, occurrence, form, finite):
    w = [t for t in analyzer.analyze(sentence)["tokens"] if t["form"] == form][occurrence]
    assert ("Mood" in w["feats"]) == finite


@pytest.mark.parametrize("sentence", ["Í vor sáum við korni í akurinn.", "Við sáum fræjum í beðin í vor."])
def test_sowing_with_a_dative_object_stays_sowing(words, sentence):
    assert words(sentence)["sáum"]["lemma"] == "sá"


@pytest.mark.parametrize("sentence", [
    "Ef ekki tekst að semja, heldur þá verkfallið áfram.",
    "Ef veðrið batnar ekki, heldur til dæmis björgunarsveitin leitinni áfram.",
    "Þó að hann segi ekki neitt, heldur samt fundurinn áfram.",
])
def test_heldur_after_a_fronted_subordinate_clause_is_the_verb(words, sentence):
    assert words(sentence)["heldur"]["lemma"] == "halda"


def test_heldur_before_an_infinitive_that_goes_on_is_the_conjunction(words):
    assert words("Hann ætlaði aldrei að hætta, heldur að halda áfram.")["heldur"]["upos"] == "CCONJ"


@pytest.mark.parametrize("sentence", [
    "Árangurinn var betri en við var búist.",
    "Salan var meiri en við mátti búast.",
    "Hann var heilsuhraustari en við er að búast.",
    "Reynt var að semja en við svo búið mátti ekki standa.",
])
def test_vid_of_buast_vid_stays_the_preposition(analyzer, sentence):
    w = next(t for t in analyzer.analyze(sentence)["tokens"] if t["form"] == "við")
    assert w["lemma"] == "við"


def test_allt_agrees_with_the_pronoun_it_stands_with(words):
    w = words("Hann keypti það allt saman á útsölu.")["allt"]
    assert (w["lemma"], w["feats"].get("Case")) == ("allur", "Acc")


@pytest.mark.parametrize("text", [
    "Smitin í gær voru 11. Smitin í dag eru 12. Sóttvarnalæknir segir stöðuna góða.",
    "Íslenska liðið lenti í sæti 2. Danir voru í sæti 3. Svíar urðu fjórðu.",
    "Já sögðu 31. Nei sögðu 32. Tillagan var því felld.",
])
def test_numbers_ending_clauses_with_a_verb_stay_cardinals(analyzer, text):
    assert ordinals(analyzer, text) == []


def test_a_time_after_a_preposition_the_parse_took_for_an_adverb_claims_no_case(words):
    assert "Case" not in words("Um 23:30 barst lögreglunni tilkynning.")["23:30"]["feats"]


@pytest.mark.parametrize("sentence, upos", [
    ("Við gerum ráð fyrir því að það rigni.", "PRON"),      # fyrir governs því; the clause is its content
    ("Hann gafst upp því hann var þreyttur.", "SCONJ"),     # "because"
    ("Hann hætti við því hann var þreyttur.", "SCONJ"),     # no "að": the particle, then "because"
])
def test_thvi_after_a_preposition(words, sentence, upos):
    w = words(sentence)["því"]
    assert w["upos"] == upos
    if upos == "PRON":
        assert w["feats"]["Case"] == "Dat" and w["governor"]["form"] == "fyrir"
