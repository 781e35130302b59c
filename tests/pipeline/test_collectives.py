"""Groups named by description (kg/pipeline/collectives.py), grouped as its docstring
says: by backer ("<backer>_backed_armed_groups"), else by a state's nisba
("<state>_<head>"), else a bare reference joins the nearest group described before it."""
from __future__ import annotations

import pytest


def collectives(result):
    return [m for m in result.mentions() if m.kind == "collective"]


@pytest.mark.parametrize("text, surface", [
    pytest.param("وأعلنت الفصائل المسلحة الموالية لإيران مسؤوليتها عن الهجوم.", "الفصائل المسلحة",
                 id="ar-loyal-to"),
    pytest.param("وقالت واشنطن إن الجماعات المدعومة من إيران نفذت الهجوم.", "الجماعات", id="ar-backed-by"),
    pytest.param("وحذرت إسرائيل من الميليشيات التابعة لطهران.", "الميليشيات", id="ar-belonging-to-capital"),
    pytest.param("وقالت إسرائيل إن وكلاء إيران يهددون المنطقة.", "وكلاء", id="ar-proxies-of"),
    # "allied with" opens the affiliation (it is no adjective of the collective)
    pytest.param("وتبنت الفصائل المسلحة المتحالفة مع طهران قصف القاعدة.", "الفصائل المسلحة",
                 id="ar-allied-with"),
    # gunmen with a backer after them (funded by, too) are a backed collective
    pytest.param("وأطلق مسلحون ممولون من إيران قذائف على المعسكر.", "مسلحون", id="ar-backed-gunmen"),
    pytest.param("Iran-backed militias attacked Tower 22.", "Iran-backed militias", id="en-backed-prefix"),
    pytest.param("Militias loyal to Iran attacked Tower 22.", "Militias", id="en-loyal-to"),
])
def test_collectives_backed_group_is_one_node_per_backer(analyze, text, surface):
    result = analyze(text)
    m = result.mention(surface)
    assert (m.entity, m.kind, m.rule) == ("iran_backed_armed_groups", "collective", "collective.backed"), \
        result.describe()
    entity = result.entity("iran_backed_armed_groups")
    assert entity.cls == "ArmedGroup"
    assert entity.labels["en"] == "Iran-backed armed groups"


def test_collectives_affiliation_stays_outside_the_mention(analyze):
    result = analyze("وأعلنت الفصائل المسلحة الموالية لإيران مسؤوليتها عن الهجوم.", "ar")
    # The backer keeps its own mention, so the relation pattern can read it.
    assert result.mention("إيران").entity == "iran"
    assert ("iran", "supports", "iran_backed_armed_groups") in result.triples, result.describe()


def test_collectives_proxy_pronoun_takes_the_subject_as_backer(analyze):
    result = analyze("وحذرت إيران من أن وكلاءها سيردون على أي هجوم.", "ar")
    m = result.mention("وكلاءها")
    assert m.entity == "iran_backed_armed_groups", result.describe()
    assert m.ref == "iran"


@pytest.mark.parametrize("text, surface, backer", [
    pytest.param("وقالت إسرائيل إن وكلاء إيران يهددون المنطقة.", "وكلاء", "iran", id="ar-proxies"),
    pytest.param("Iran-backed militias have used drones.", "Iran-backed militias", "iran", id="en-backed"),
])
def test_collectives_backer_in_the_wording_supports_the_group(analyze, text, surface, backer):
    result = analyze(text)
    found = result.relations(backer, "supports", "iran_backed_armed_groups")
    assert found, result.describe()


@pytest.mark.parametrize("text, surface, key", [
    pytest.param("واتهمت واشنطن الميليشيات الإيرانية بتنفيذ الهجوم.", "الميليشيات الإيرانية", "iran_militias",
                 id="ar-militias"),
    pytest.param("وقصفت الطائرات مواقع الفصائل العراقية المسلحة.", "الفصائل العراقية المسلحة", "iraq_factions",
                 id="ar-factions-nisba-then-adjective"),
    pytest.param("Iranian militias attacked US forces in Syria.", "Iranian militias", "iran_militias",
                 id="en-militias"),
])
def test_collectives_nisba_group(analyze, text, surface, key):
    result = analyze(text)
    m = result.mention(surface)
    assert (m.entity, m.rule) == (key, "collective.nisba"), result.describe()
    # The nisba is read into the collective: no separate state mention is left inside it.
    assert not [x for x in result.mentions() if x.kind == "nisba" and m.start <= x.start < m.end]


def test_collectives_nisba_group_is_the_same_node_in_both_languages(analyze):
    ar = analyze("واتهمت واشنطن الميليشيات الإيرانية بتنفيذ الهجوم.", "ar", doc_id="ar")
    en = analyze("Iranian militias attacked US forces in Syria.", "en", doc_id="en")
    assert ar.mention("الميليشيات الإيرانية").entity == en.mention("Iranian militias").entity


def test_collectives_nisba_of_a_named_sponsor_supports(analyze):
    result = analyze("وتدعم إيران حزب الله. واتهمت واشنطن الميليشيات الإيرانية بتنفيذ الهجوم.", "ar")
    found = result.relations("iran", "supports", "iran_militias")
    assert found and found[0].rule == "collective.nisba_of_sponsor", result.describe()


def test_collectives_nisba_without_named_sponsor_is_no_support(analyze):
    result = analyze("واتهمت واشنطن الميليشيات الإيرانية بتنفيذ الهجوم.", "ar")
    assert not result.relations("iran", "supports", "iran_militias"), result.describe()


@pytest.mark.parametrize("text, bare", [
    pytest.param("وأعلنت الفصائل المسلحة الموالية لإيران مسؤوليتها عن الهجوم. وقالت الفصائل إن عملياتها ستستمر.",
                 "الفصائل", id="ar-bare-after-backed"),
    pytest.param("وأعلنت الفصائل المسلحة الموالية لإيران مسؤوليتها عن الهجوم. وتعهدت الحكومة بملاحقة هذه الفصائل.",
                 "الفصائل", id="ar-demonstrative"),
    pytest.param("Iran-backed militias attacked Tower 22. The militias also attacked al-Tanf.",
                 "militias", id="en-bare-after-backed"),
])
def test_collectives_bare_reference_joins_the_group_described_before(analyze, text, bare):
    result = analyze(text)
    refs = [m for m in collectives(result) if m.rule == "collective.reference"]
    assert len(refs) == 1 and result.surface(refs[0]) == bare, result.describe()
    assert refs[0].entity == "iran_backed_armed_groups"


def test_collectives_bare_reference_before_any_description_takes_the_first_after(analyze):
    result = analyze("وقالت الفصائل إنها ستواصل عملياتها. "
                     "وأكدت مصادر أن الفصائل الموالية لإيران تلقت أوامر بالتهدئة.", "ar")
    assert {m.entity for m in collectives(result)} == {"iran_backed_armed_groups"}, result.describe()


def test_collectives_bare_reference_alone_is_a_document_group(analyze):
    result = analyze("وتعهدت الحكومة بملاحقة الفصائل.", "ar", doc_id="doc-7")
    m = result.mention("الفصائل")
    assert m.entity == "group_factions_doc-7", result.describe()


def test_collectives_bare_reference_prefers_the_same_head(analyze):
    result = analyze("وهاجمت الميليشيات الإيرانية القاعدة. وقالت الفصائل الموالية لتركيا إنها لم تشارك. "
                     "وأكدت الميليشيات أن الهجوم نجح.", "ar")
    last = [m for m in collectives(result) if m.rule == "collective.reference"]
    assert [m.entity for m in last] == ["iran_militias"], result.describe()


@pytest.mark.parametrize("text", [
    pytest.param("وقالت إحدى الفصائل إن الهجوم نجح.", id="ar-one-of"),
    pytest.param("وتعد كتائب حزب الله من أبرز الفصائل في العراق.", id="ar-most-prominent"),
])
def test_collectives_partitive_is_no_group(analyze, text):
    result = analyze(text, "ar")
    assert not collectives(result), result.describe()


def test_collectives_proclitic_lam_keeps_the_article_in_the_label(analyze):
    result = analyze("ووجهت واشنطن تحذيرا للميليشيات التي تهاجم قواتها.", "ar", doc_id="lam")
    m = [m for m in collectives(result)][0]
    labels = {a for a, _ in result.entity(m.entity).aliases}
    assert "الميليشيات" in labels, result.describe()


def test_nisbas_inside_gives_the_scans_answers():
    """nisbas_inside (bisection over occurrences by start, with the furthest end so far)
    finds the nisba mentions a test against every occurrence finds."""
    import random
    from types import SimpleNamespace

    from kg.pipeline.collectives import nisbas_inside

    rng = random.Random(15)
    for _ in range(300):
        def span(kind=None):
            a = rng.randint(0, 80)
            return SimpleNamespace(nstart=a, nend=a + rng.randint(1, 15), kind=kind)
        occurrences = [span() for _ in range(rng.randint(0, 8))]
        mentions = [span(rng.choice(["nisba", "name"])) for _ in range(rng.randint(0, 20))]
        assert nisbas_inside(mentions, occurrences) == {
            id(m) for m in mentions for o in occurrences
            if m.kind == "nisba" and o.nstart <= m.nstart and m.nend <= o.nend}


def test_collectives_gunmen_without_a_backer_stay_an_agent_noun(analyze):
    # "مسلحون مجهولون": no backer follows, so no collective (agents.yaml reads them)
    result = analyze("وهاجم مسلحون مجهولون نقطة تفتيش قرب الحدود.")
    assert not collectives(result), result.describe()
    assert result.mention("مسلحون مجهولون").kind == "generic", result.describe()
