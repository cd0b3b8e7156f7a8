"""Name resolution rules: a UUID is an id; else exact name, then ignoring case; ambiguity lists ids."""

from __future__ import annotations

import pytest
from revyl_sdk import AmbiguousNameError, NameNotFoundError, RevylError
from revyl_sdk._core.names import Named, is_uuid, pick_by_name

CANDIDATES = [Named("Login", "id-1", 1), Named("login", "id-2", 2), Named("Checkout", "id-3", 3),
              Named("Smoke", "id-4", 4), Named("smoke", "id-5", 5), Named("SMOKE", "id-6", 6)]


def test_exact_match_wins_over_case_insensitive_ones() -> None:
    assert pick_by_name("test", "login", CANDIDATES).id == "id-2"
    assert pick_by_name("test", "  Login ", CANDIDATES).id == "id-1"


def test_case_insensitive_match_when_no_exact_one() -> None:
    assert pick_by_name("test", "CHECKOUT", CANDIDATES).item == 3


def test_several_case_insensitive_matches_are_ambiguous_and_list_every_id() -> None:
    with pytest.raises(AmbiguousNameError) as raised:
        pick_by_name("workflow", "SmOkE", CANDIDATES)
    assert raised.value.candidates == [("Smoke", "id-4"), ("smoke", "id-5"), ("SMOKE", "id-6")]
    assert "3 workflows are named 'SmOkE' (ignoring case)" in str(raised.value)
    assert all(found_id in str(raised.value) for found_id in ("id-4", "id-5", "id-6"))


def test_duplicate_exact_names_are_ambiguous() -> None:
    twins = [Named("Pay", "a", None), Named("Pay", "b", None), Named("pay", "c", None)]
    with pytest.raises(AmbiguousNameError) as raised:
        pick_by_name("test", "Pay", twins)
    assert raised.value.candidates == [("Pay", "a"), ("Pay", "b")]


def test_unknown_name_suggests_close_ones() -> None:
    with pytest.raises(NameNotFoundError, match=r"no test named 'Chekout'; did you mean 'Checkout'\?"):
        pick_by_name("test", "Chekout", CANDIDATES)
    with pytest.raises(NameNotFoundError, match=r"^no test named 'zzz'$"):
        pick_by_name("test", "zzz", CANDIDATES)


def test_blank_name_is_refused() -> None:
    with pytest.raises(RevylError, match="name or id is required"):
        pick_by_name("test", "  ", CANDIDATES)


@pytest.mark.parametrize(("value", "expected"), [
    ("027b91de-4a21-4bca-acfe-32db2a628f51", True), (" 027B91DE-4A21-4BCA-ACFE-32DB2A628F51 ", True),
    ("login-flow", False), ("027b91de-4a21-4bca-acfe", False), ("", False)])
def test_uuid_detection(value: str, expected: bool) -> None:
    assert is_uuid(value) is expected
