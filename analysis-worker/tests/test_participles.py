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


def test_an_adjective_of_its_own_is_not_read_as_another_verbs_participle(words):
    # "slæmt" is neuter of slæmur (bad) and a participle form of slæma: slæmur is not that verb's
    # participle, so the parse's adjective stands
    slaemt = words("Veðrið var slæmt í gær.")["slæmt"]
    assert (slaemt["lemma"], slaemt["upos"]) == ("slæmur", "ADJ")
    # an adjective that is the participle itself (unninn: vinna) is still the verb after vera
    assert words("Verkið var unnið í gær.")["unnið"]["lemma"] == "vinna"


def test_adjectives_with_a_meaning_of_their_own_are_not_read_as_participles(words):
    # BÍN files réttur, sannur and háður as past participles of rétta "hand", seðja "sate" and
    # heyja "wage"; in these sentences they are "right", "true" and "dependent"
    assert (words("Það er rétt.")["rétt"]["lemma"], words("Það er rétt.")["rétt"]["upos"]) == ("réttur", "ADJ")
    assert (words("Það er satt.")["satt"]["lemma"], words("Það er satt.")["satt"]["upos"]) == ("sannur", "ADJ")
    w = words("Ferðin er háð veðri.")
    assert (w["háð"]["lemma"], w["háð"]["upos"]) == ("háður", "ADJ")
