"""A place right after a town, base or site locates it (kg/pipeline/attacks/located_places.py):
it is where, not a second target. Lists of places stay targets. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, lang, target, region", [
    pytest.param("قصفت مسيرة إسرائيلية بلدة الخيام جنوب لبنان فجر الخميس.", "ar", "khiam", "south_lebanon",
                 id="ar-region-after-town"),
    pytest.param("استهدف قصف إسرائيلي بلدة الخيام، جنوب لبنان، بعد ظهر اليوم.", "ar", "khiam", "south_lebanon",
                 id="ar-region-after-comma"),
    pytest.param("An Israeli drone hit Kfar Kila, southern Lebanon, on Friday night.", "en", "kfar_kila",
                 "south_lebanon", id="en-region-after-comma"),
    pytest.param("Israeli jets bombed Nabatieh, Lebanon, before dawn on Thursday.", "en", "nabatieh", "lebanon",
                 id="en-state-after-comma"),
])
def test_attacks_located_places_region_is_where(analyze, sentence, lang, target, region):
    result = analyze(sentence, lang)
    targets = {a.target for a in result.events}
    assert target in targets, result.describe()
    assert region not in targets, result.describe()


def test_attacks_located_places_region_gives_located_in(analyze):
    result = analyze("قصفت مسيرة إسرائيلية بلدة الخيام جنوب لبنان فجر الخميس.", "ar")
    assert ("khiam", "locatedIn", "south_lebanon") in result.triples, result.describe()


@pytest.mark.parametrize("sentence, lang, targets", [
    pytest.param("Israeli jets bombed Nabatieh, Lebanon and Gaza before dawn on Thursday.", "en",
                 {"nabatieh", "lebanon", "gaza"}, id="en-list-of-three"),
    pytest.param("Israeli jets bombed Nabatieh, Gaza and the West Bank on Thursday.", "en",
                 {"nabatieh", "gaza", "west_bank"}, id="en-list-with-regions"),
    pytest.param("شنت طائرات أمريكية غارات على صنعاء، الحديدة، وصعدة فجر اليوم.", "ar",
                 {"sanaa", "hodeidah", "saada"}, id="ar-list-of-towns"),
])
def test_attacks_located_places_lists_stay_targets(analyze, sentence, lang, targets):
    result = analyze(sentence, lang)
    assert targets <= {a.target for a in result.events}, result.describe()


def test_attacks_located_places_area_a_place_belongs_to_is_where(analyze):
    # "قرية X التابعة لقضاء Y": Y is where X lies, no owner of what was struck
    result = analyze("أصابت مسيرة تركية شاحنة في قرية كاني ماسي التابعة لقضاء العمادية بمحافظة دهوك أمس.", "ar")
    targets = {a.target for a in result.events}
    assert "amadiya" not in targets and "duhok" not in targets, result.describe()


def test_attacks_located_places_owner_of_sites_stays_target(analyze):
    result = analyze("قصفت مسيرة تركية مقرات تابعة لحزب العمال الكردستاني في قضاء العمادية أمس.", "ar")
    assert "pkk" in {a.target for a in result.events}, result.describe()
