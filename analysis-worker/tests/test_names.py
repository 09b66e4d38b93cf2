"""The kind of name a proper noun is, from BÍN's domains. Sentences and expectations written by hand."""

from samhlida_worker.names import _kind_of, proper_name


def test_given_names_and_a_town(words):
    w = words("Valur og Auður fóru til Akureyrar með Jóni í gær.")
    assert w["Valur"]["name"] == {"kind": "person", "sort": "given", "genders": ["Masc"]}
    assert w["Jóni"]["name"] == {"kind": "person", "sort": "given", "genders": ["Masc"]}
    # BÍN lists Auður as a woman's and a man's given name; both are said, whichever the parse chose
    assert w["Auður"]["name"]["kind"] == "person" and w["Auður"]["name"]["sort"] == "given"
    assert sorted(w["Auður"]["name"]["genders"]) == ["Fem", "Masc"]
    assert w["Akureyrar"]["name"] == {"kind": "place", "sort": "town"}
    # the name's kind is added; the word's lemma and class stay the analysis' own
    assert w["Valur"]["lemma"] == "Valur" and w["Valur"]["upos"] == "PROPN"


def test_patronymics_and_matronymics_say_whose_child(words):
    w = words("Katrín Jakobsdóttir og Gunnar Sveinsson hittu Sigríði Guðrúnardóttur.")
    assert w["Jakobsdóttir"]["name"] == {"kind": "person", "sort": "patronymic", "genders": ["Fem"]}
    assert w["Sveinsson"]["name"] == {"kind": "person", "sort": "patronymic", "genders": ["Masc"]}
    assert w["Guðrúnardóttur"]["name"] == {"kind": "person", "sort": "matronymic", "genders": ["Fem"]}
    assert w["Katrín"]["name"]["genders"] == ["Fem"]
    assert w["Gunnar"]["name"]["genders"] == ["Masc"]  # not Gunnur's, a woman's name of the same form


def test_places_and_organisations(words):
    w = words("Hún vinnur í Landsbankanum við Laugaveg og býr á Íslandi.")
    assert w["Landsbankanum"]["name"] == {"kind": "organisation"}
    assert w["Laugaveg"]["name"] == {"kind": "place", "sort": "street"}
    assert w["Íslandi"]["name"] == {"kind": "place", "sort": "country"}
    assert "name" not in w["vinnur"] and "name" not in w["Hún"]


def test_a_name_that_is_also_a_place_says_so(words):
    w = words("Hekla og Siggi komu heim.")
    assert w["Hekla"]["name"]["kind"] == "person" and w["Hekla"]["name"]["also"] == ["place"]
    assert w["Siggi"]["name"] == {"kind": "person", "sort": "nickname", "genders": ["Masc"]}


def test_a_name_bin_does_not_know_keeps_what_greynir_says():
    assert proper_name("Xqzwyk", "Xqzwyk", "person") == {"kind": "person"}
    assert proper_name("Xqzwyk", "Xqzwyk") == {"kind": "other"}


def test_combined_domains():
    assert _kind_of("alm") is None
    assert _kind_of("fyr,ism") == ("person", "given")
    assert _kind_of("bær,göt,örn") == ("place", None)  # a farm and a street: just a place
    assert _kind_of("erl,fyr") == ("place", None)


def test_kinds_and_sorts_are_those_the_app_accepts():
    """lib/analysis/protocol.ts refuses a reply with a kind or sort it does not list."""
    import re
    from pathlib import Path

    from samhlida_worker.names import DOMAINS, KIND_ORDER

    types = (Path(__file__).resolve().parents[2] / "lib/analysis/types.ts").read_text(encoding="utf-8")
    listed = {name: set(re.findall(r'"(\w+)"', re.search(name + r" = \[(.*?)\]", types).group(1))) for name in ("NAME_KINDS", "NAME_SORTS")}
    assert set(KIND_ORDER) == listed["NAME_KINDS"]
    assert {sort for _, sort in DOMAINS.values() if sort} <= listed["NAME_SORTS"]
