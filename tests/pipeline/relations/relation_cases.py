"""What every relation-rule test file shares: a case is a rule id, a sentence of our own and
the triples it must give; a case passes when the rule matched and gave them."""
from __future__ import annotations

import pytest

from kg.model import ASSERTED


def case(rule_id: str, sentence: str, *expected: tuple[str, str, str]):
    return pytest.param(rule_id, sentence, expected, id=rule_id)


def assert_case(result, rule_id: str, expected, asserted: bool = True) -> None:
    """The rule matched and every expected triple is in the graph (asserted, unless the
    rule's wording is a denial)."""
    for triple in expected:
        assert triple in result.triples, f"{rule_id}: missing {triple}\n{result.describe()}"
        if asserted:
            assert all(r.polarity == ASSERTED for r in result.relations(*triple)), result.describe()
    assert result.rule_matches(rule_id), f"{rule_id} did not match\n{result.describe()}"
