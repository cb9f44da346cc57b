"""Quotes a twelfth blind probe found verified where the report undoes or doubts them in words
the rules did not know: a note that the whole account is unverified, a story pulled or a post
deleted, no evidence offered, another account contradicting it, a source the report calls
dubious, a doubt set off before "that", what is not ruled out, hoped or once thought, a
condition opening "Absent", a proposal or an exercise; and the faithful look-alikes."""

from __future__ import annotations

import pytest
from test_citations import _located

from generator.model import QuoteStatus

# (report body, quote): each misleads about what the report says
MISLEADING = [
    # a note or an edit of the whole report
    ("A source in Kangwon province said the provincial party secretary was arrested last week.\n\n"
     "*Editor's note: Daily NK was unable to corroborate this account with a second source.*",
     "the provincial party secretary was arrested last week"),
    ("New satellite photos show the Yongbyon reactor running at full power again.\n\n"
     "EDIT: people are pointing out this is the pic from 2018 not this week. my bad",
     "New satellite photos show the Yongbyon reactor running at full power again"),
    ("A source said the secretary was arrested.\n\n*Editor's note: Daily NK could not independently verify this "
     "account.*", "the secretary was arrested"),
    # the story pulled, the post deleted, nothing offered for it, others contradicting it
    ("A blogger posted that the mine had reopened. The post was later deleted.", "the mine had reopened"),
    ("A Seoul-based online outlet reported on Sunday that Kim Jong Un's daughter had been named his successor. "
     "The outlet pulled the story on Monday without explanation.", "Kim Jong Un's daughter had been named his successor"),
    ("A pro-Pyongyang website said that South Korean agents had tried to assassinate Kim Jong Un with a drone. "
     "It offered no evidence for the claim.", "South Korean agents had tried to assassinate Kim Jong Un with a drone"),
    ("KCNA alleged on Wednesday that balloons from the South carried the virus into Kumgang county. Health experts "
     "say the virus does not spread that way, and the WHO has said there is no evidence for the claim.",
     "balloons from the South carried the virus into Kumgang county"),
    ("State media said 1.4 million young people volunteered to join the army, a figure analysts say is implausible.",
     "1.4 million young people volunteered to join the army"),
    ('"The whole of Hyesan has had electricity since the new plant opened," the source said — an account other '
     "residents flatly contradicted.", "The whole of Hyesan has had electricity since the new plant opened"),
    ("State media hailed a bumper harvest of wheat in South Hwanghae. The reality on the ground is different: "
     "yields fell by about 15 percent.", "a bumper harvest of wheat in South Hwanghae"),
    # a source the report doubts, a doubt set off before "that"
    ("A dubious report in a Japanese tabloid said 20 North Korean generals had defected to China in January.",
     "20 North Korean generals had defected to China in January"),
    ("Exaggerated accounts on social media claimed that 1,000 people drowned when the Amnok River flooded.",
     "1,000 people drowned when the Amnok River flooded"),
    ("A source claimed — though Daily NK could not confirm it — that 30 soldiers deserted from a border unit.",
     "30 soldiers deserted from a border unit"),
    ("A source claimed, though we could not verify it, that 30 soldiers deserted from a border unit.",
     "30 soldiers deserted from a border unit"),
    # what is only possible, hoped, once thought, believed until
    ("South Korean officials have not ruled out that the Yongbyon reactor restarted in early July.",
     "the Yongbyon reactor restarted in early July"),
    ("Seoul cannot rule out that the reactor restarted in July.", "the reactor restarted in July"),
    ('"I never went inside, but I assume they were making uniforms for the army," said Choi.',
     "they were making uniforms for the army"),
    ("It was once widely thought that the Ryugyong Hotel would never be completed. The exterior was finished in 2011.",
     "the Ryugyong Hotel would never be completed"),
    ("The hope in Rason is that the new bridge to Russia will be open to trucks by next summer.",
     "the new bridge to Russia will be open to trucks by next summer"),
    ("Kim Jong Un's daughter is the designated successor, or so South Korea's spy agency believed until last year.",
     "Kim Jong Un's daughter is the designated successor"),
    # conditions, proposals, exercises
    ("Workers at the Ryongsong machine complex received their wages in full in December, provided they had met "
     "the year's production quota.", "Workers at the Ryongsong machine complex received their wages in full in December"),
    ("The rice from Russia will be distributed free to every household in Chongjin — if it ever arrives, residents say.",
     "The rice from Russia will be distributed free to every household in Chongjin"),
    ("Absent fresh shipments of fertilizer from China, yields in South Hwanghae will fall by about a third this year.",
     "yields in South Hwanghae will fall by about a third this year"),
    ("Barring heavy rain, the dam will be finished by May.", "the dam will be finished by May"),
    ("Without new orders from Pyongyang, the factory will close in June.", "the factory will close in June"),
    ("In a tabletop exercise run by the RAND Corporation last year, North Korean forces captured Seoul's northern "
     "districts within 72 hours.", "North Korean forces captured Seoul's northern districts within 72 hours"),
    ("Under the proposal, which Pyongyang has not responded to, the two Koreas would reconnect the Gyeongui rail line.",
     "the two Koreas would reconnect the Gyeongui rail line"),
]

# (report body, quote): the same words, undoing nothing the quote says
FAITHFUL = [
    # a rumour the next sentence confirms; no one, anywhere named, disputing it
    ("Rumours that the authorities would redenominate the currency spread through Sinuiju's market in early "
     "November. They proved accurate: on Nov. 30, the central bank announced the exchange.",
     "the authorities would redenominate the currency"),
    ("Rumours that the market would close spread in May. These were later confirmed by officials.",
     "the market would close"),
    ("No one in the Unification Ministry disputes that the 2024 floods destroyed more than 4,000 homes.",
     "the 2024 floods destroyed more than 4,000 homes"),
    # a note that vouches, a correction of another detail, a post's edit that adds
    ("A source said the provincial party secretary was arrested last week.\n\n"
     "*Editor's note: Daily NK confirmed this account with a second source.*",
     "the provincial party secretary was arrested last week"),
    ("The Musan mine reopened in May, workers said.\n\nCorrection: An earlier version of this article misspelled the "
     "name of the county. We regret our mistake.", "The Musan mine reopened in May"),
    ("New photos show the Yongbyon reactor running again.\n\nEDIT: added a second photo from this week.",
     "New photos show the Yongbyon reactor running again"),
    ("A source said the secretary was arrested.\n\nUpdate: Seoul was unable to confirm the report of a second "
     "launch.", "the secretary was arrested"),  # (another report's)
    ("A blogger posted that the mine had reopened. The post was later shared by thousands.", "the mine had reopened"),
    ("Officials said the mine had reopened. Police removed the protesters from the square.", "the mine had reopened"),
    ("Barring a miracle, the wheat crop will fall short of the target.", "the wheat crop will fall short of the target"),
    # evidence offered, an account others confirmed, a reliable report, a doubt of something else
    ("A pro-Pyongyang website said that the drone crashed near Kaesong. It offered photos of the wreck.",
     "the drone crashed near Kaesong"),
    ('"The whole of Hyesan has had electricity since the plant opened," the source said — an account other '
     "residents confirmed.", "The whole of Hyesan has had electricity since the plant opened"),
    ("A detailed report in a Japanese daily said 20 North Korean generals had been purged in January.",
     "20 North Korean generals had been purged in January"),
    # a past act without something, a plan carried out, a scenario's own words
    ("Without warning, the factory closed in June.", "the factory closed in June"),
    ("Without new orders, the factory closed in June.", "the factory closed in June"),
    ("Under the agreement signed in May, the two sides reopened the liaison office.",
     "the two sides reopened the liaison office"),
    ("Officials have ruled out that the reactor restarted in July.", "Officials have ruled out that"),
]


@pytest.mark.parametrize("body, quote", MISLEADING)
def test_a_quote_the_report_undoes_or_doubts_in_other_words_is_flagged(body, quote):
    assert _located(body, quote).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", FAITHFUL)
def test_the_faithful_look_alikes_stay_verified(body, quote):
    assert _located(body, quote).status is QuoteStatus.VERIFIED
