"""Forms two verbs share: the commoner verb unless the parse rules it out."""


def test_hefur_with_an_object_is_hafa_not_hefja(words):
    # "hefur" is the present of both hafa (have) and hefja (begin)
    w = words("Stofnunin hefur eftirlit með bönkunum.")
    assert w["hefur"]["lemma"] == "hafa"
    assert w["hefur"]["upos"] == "VERB"


def test_the_middle_voice_hefst_stays_hefja(words):
    w = words("Leikurinn hefst klukkan sjö.")
    assert w["hefst"]["lemma"] == "hefja"
