"""A long name closed by a kunya in quotes, and a kunya two men share, each by the name it
follows (issue 13, the eighth real round's kind 1). Sentences are our own."""
from __future__ import annotations


def test_a_four_word_name_closed_by_a_quoted_kunya(analyze):
    a = analyze("وأكد المتحدث مقتل سامر خالد عبد الله الحداد “أبو علي” في الغارة.", "ar")
    assert "سامر_خالد_عبدالله_الحداد" in a.keys, a.describe()


def test_without_the_kunya_the_long_name_stops_at_three(analyze):
    # No quote after it: the article word may open the next phrase, as before.
    a = analyze("وأكد المتحدث مقتل سامر خالد يوسف الحداد في الغارة.", "ar")
    assert "سامر_خالد_يوسف_الحداد" not in a.keys, a.describe()


def test_two_men_sharing_a_kunya_each_keep_theirs(analyze):
    a = analyze("ونعت حركة حماس سامر يوسف “أبو علي”، قائد لواء خان يونس. "
                "كما نعت خالد منصور الحداد “أبو علي”، الناطق باسم حركة حماس.", "ar")
    kunyas = [m for m in a.mentions() if a.surface(m) == "أبو علي"]
    assert [m.entity for m in kunyas] == ["سامر_يوسف", "خالد_منصور_الحداد"], a.describe()
    assert not a.relations("سامر_يوسف", "spokespersonOf"), a.describe()
