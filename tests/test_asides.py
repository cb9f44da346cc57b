"""Quotes whose sentence goes on, past who says so, with an exception, a limit, a bound or a
condition ("All workers were paid in full, the manager said, | except the guards"); quotes a
hedge on the report's own accuracy closes ("…, if the figures are accurate"); and quotes of
what is only reasonable to think, or what someone thought ("It seems reasonable that |")."""

from __future__ import annotations

import pytest
from test_citations import _located

from generator.model import QuoteStatus

# (report body, quote, the words limiting it, which the warning's passage reaches into (as far as
# their first word, as for the same words right after the quote)): each leaves them out
MISLEADING = [
    # past who says so: an exception, a limit, a bound, a condition
    ("All workers were paid in full, the manager said, except the guards. The guards complained.",
     "All workers were paid in full", "except the guards"),
    ("All food prices rose sharply, the report noted, apart from rice. Rice fell.",
     "All food prices rose sharply", "apart from rice"),
    ("Exports doubled last year, the agency said, though only in the coal sector.",
     "Exports doubled last year", "only in the coal sector"),
    ("Exports doubled last year, the agency said, but only to China.", "Exports doubled last year", "only to China"),
    ("The border was closed, the guard said, until the end of March. Trade resumed in April.",
     "The border was closed", "until the end of March"),
    ("The market was open every day, residents said, until the police closed it in June.",
     "The market was open every day", "until the police closed it in June"),
    ("The harvest was a record, KCNA reported, a claim that satellite images do not support.",
     "The harvest was a record", "do not support"),
    ("The mine will close by 2025, according to the plan, if no investment arrives.",
     "The mine will close by 2025", "if no investment arrives"),
    ("Grain stocks will last until June, the ministry estimated, assuming no further rationing. Prices rose in May.",
     "Grain stocks will last until June", "assuming no further rationing"),
    ("Electricity will be rationed until June, the utility said, assuming the dam holds.",
     "Electricity will be rationed until June", "assuming the dam holds"),
    ("Grain stocks will last until June, assuming no further rationing.", "Grain stocks will last until June",
     "assuming no further rationing"),
    # a hedge on the report's accuracy, whatever the tense
    ("Rice prices fell 20% in May, if the figures from Hyesan are accurate.", "Rice prices fell 20% in May",
     "if the figures from Hyesan are accurate"),
    ("Rice prices fell 20% in May, if true. Traders were sceptical.", "Rice prices fell 20% in May", "if true"),
    ("Rice prices fell 20% in May, traders said, if the figures from Hyesan are accurate.",
     "Rice prices fell 20% in May", "if the figures from Hyesan are accurate"),
    ("Trade doubled in 2023, according to customs data, if the Chinese figures are accurate.",
     "Trade doubled in 2023", "if the Chinese figures are accurate"),
    ("Exports doubled last year, the ministry said, if the figures are right.", "Exports doubled last year",
     "if the figures are right"),
    ("The harvest was the best in a decade, if the reports are to be believed.", "The harvest was the best in a decade",
     "if the reports are to be believed"),
    ("The harvest was the best in a decade, if you believe KCNA.", "The harvest was the best in a decade",
     "if you believe KCNA"),
]

# (report body, quote): the same words, limiting nothing the quote says
FAITHFUL = [
    ("The factory will reopen in March, officials said on Monday. Workers were told to wait.",
     "The factory will reopen in March"),
    ("The factory will reopen in March, officials said, and workers were told to report on the first.",
     "The factory will reopen in March"),
    ("Rice prices fell 20% in May, traders said, as imports from China resumed.", "Rice prices fell 20% in May"),
    ("The border was closed, the guard said, and nobody crossed for weeks.", "The border was closed"),
    ("The factory reopened in March, the manager said, until then idle for two years. Workers returned.",
     "The factory reopened in March"),
    ("The guards beat him, witnesses said, until he lost consciousness.", "The guards beat him"),
    ("Food prices rose sharply, the report noted, apart from rice. Rice fell.", "Food prices rose sharply"),
    ("Trade doubled in 2023, according to customs data, and imports of rice rose sharply.", "Trade doubled in 2023"),
    ("The market reopened, traders said, assuming control of the old depot.", "The market reopened"),
    ("The plant will be run by the army, officials said, assuming responsibility from the ministry.",
     "The plant will be run by the army"),
    ("Kim Yo Jong will lead the delegation, assuming a role once held by her late aunt.",
     "Kim Yo Jong will lead the delegation"),
    ("Exports will double, the ministry said, if anything a cautious estimate.", "Exports will double"),
    ("Officials asked if the reports were true. They were told to wait.", "Officials asked"),
    ("The mine closed in 2020. If the reports are true, it will not reopen.", "The mine closed in 2020"),
]


@pytest.mark.parametrize("body, quote, shown", MISLEADING)
def test_what_limits_a_quote_past_who_says_so_or_its_accuracy_is_flagged(body, quote, shown):
    found = _located(body, quote)
    assert found.status is QuoteStatus.APPROXIMATE
    assert found.passage.parts[0].startswith(quote) and shown.split()[0] in found.passage.parts[-1]


@pytest.mark.parametrize("body, quote", FAITHFUL)
def test_the_faithful_look_alikes_stay_verified(body, quote):
    assert _located(body, quote).status is QuoteStatus.VERIFIED


# (report body, quote): what someone only finds reasonable to think, or thought
HEDGED = [
    ("It seems reasonable that the DPRK is switching to importing components.",
     "the DPRK is switching to importing components"),
    ("It is plausible that the DPRK is switching to importing components.",
     "the DPRK is switching to importing components"),
    ("It is reasonable to assume that the DPRK is switching to importing components.",
     "the DPRK is switching to importing components"),
    ("It's not unreasonable to think the factory has closed.", "the factory has closed"),
    ("It stands to reason that the factory has closed.", "the factory has closed"),
    ("I thought the DPRK was deploying solar panels in Hamburg before reading it again.",
     "the DPRK was deploying solar panels in Hamburg"),
    ("Nice photos. Thought the DPRK was deploying solar panels in Hamburg before reading it again.",
     "the DPRK was deploying solar panels in Hamburg"),
    ("At first I thought the mine had reopened, but it was a different site.", "the mine had reopened"),
    ("We assumed that the border had reopened.", "the border had reopened"),
]

# … and the same words where the report asserts, or the quote keeps the hedge
HEDGED_FAITHFUL = [
    ("It makes sense that Pyongyang chose Wonsan for the summit, given its new airport.",
     "Pyongyang chose Wonsan for the summit"),  # (it grants it)
    ("It is safe to conclude that the talks have resumed.", "the talks have resumed"),
    ("It is fair to say that the DPRK is switching to importing components.",
     "the DPRK is switching to importing components"),
    ("It seems clear that the DPRK is switching to importing components.",
     "the DPRK is switching to importing components"),
    ("It's seems reasonable that the DPRK could be switching from importing the whole panels.",
     "the DPRK could be switching from importing the whole panels"),
    ("It is plausible that the fire may have spread to the warehouse.", "the fire may have spread to the warehouse"),
    ("It is not impossible that the famine killed more than a million people.",
     "the famine killed more than a million people"),
    ("Kim thought about the plan for a week. The mine reopened in May.", "The mine reopened in May"),
]


@pytest.mark.parametrize("body, quote", HEDGED)
def test_what_is_only_reasonable_to_think_or_was_thought_is_flagged(body, quote):
    assert _located(body, quote).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", HEDGED_FAITHFUL)
def test_an_assertion_or_a_hedge_the_quote_keeps_stays_verified(body, quote):
    assert _located(body, quote).status is QuoteStatus.VERIFIED
