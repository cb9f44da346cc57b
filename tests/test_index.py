"""The index: lookups, corroboration and contested pairs, on the basic fixture."""

from __future__ import annotations

from conftest import FIXTURES

from generator.index import build_index
from generator.load import load_site
from generator.model import ClaimKey
from generator.resolve import resolve
from generator.validate import validate


def _index():
    site, _ = validate(load_site(FIXTURES / "basic"))
    resolved, diags = resolve(site)
    assert not diags
    return build_index(resolved)


def test_lookups():
    index = _index()
    k = ClaimKey
    assert index.briefs_by_date == ("steel", "targets")
    assert index.reports_by_date == ("alpha", "beta", "gamma")
    assert index.claims_by_topic["power"] == (k("steel", "shortages"), k("targets", "night-cuts"))
    assert index.claims_by_place["kim-chaek"] == (k("steel", "idle"),)
    assert index.claims_by_report["beta"] == (k("steel", "shortages"), k("targets", "targets-met"))
    assert index.provinces_with_content == ("KP-08", "KP-09")
    assert index.reports_by_province["KP-09"] == ("alpha", "beta")


def test_corroboration_counts_distinct_publishers_case_insensitively():
    index = _index()
    assert index.publishers[ClaimKey("steel", "shortages")] == ("Alpha News", "Beta Wire")
    assert index.corroboration(ClaimKey("targets", "night-cuts")) == 1
    assert index.is_single_source(ClaimKey("steel", "idle"))


def test_contested_is_symmetric():
    index = _index()
    assert index.contested_with[ClaimKey("steel", "idle")] == (ClaimKey("targets", "targets-met"),)
    assert index.contested_with[ClaimKey("targets", "targets-met")] == (ClaimKey("steel", "idle"),)
    assert not index.is_contested(ClaimKey("steel", "shortages"))


def test_passages_by_report_are_in_reading_order_with_their_claims():
    passages = _index().passages_by_report["alpha"]
    assert [q.claims for q in passages] == [(ClaimKey("steel", "idle"),), (ClaimKey("steel", "shortages"),)]
    assert passages[0].passage.start < passages[1].passage.start


def test_publisher_spelling_variants_are_one_publisher():
    from generator.index import publisher_key
    assert publisher_key("Daily NK") == publisher_key("DailyNK") == publisher_key("daily nk.")
    assert publisher_key("Daily NK") != publisher_key("NK News")
