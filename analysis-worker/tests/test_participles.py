"""Past participles: the verb's participle in a passive, an adjective of its own before a noun."""


def test_a_participle_before_the_noun_it_agrees_with_is_an_adjective(words):
    w = words("Nefndin hafði ákveðnar efasemdir um málið.")
    # "ákveðnar efasemdir": certain doubts, the adjective ákveðinn, not the verb ákveða
    assert w["ákveðnar"]["lemma"] == "ákveðinn" and w["ákveðnar"]["upos"] == "ADJ"
    assert w["ákveðnar"]["feats"]["Case"] == "Acc" and w["ákveðnar"]["feats"]["Gender"] == "Fem"


def test_a_participle_after_vera_stays_the_verb(words):
    w = words("Ákvörðunin var tekin í gær.")
    assert w["tekin"]["lemma"] == "taka" and w["tekin"]["upos"] == "VERB"
    assert w["tekin"]["feats"]["VerbForm"] == "Part"
