package org.argmap.render;

import java.util.List;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;

/** Maps shared by the render tests. */
public final class SampleMaps {

    private SampleMaps() {
    }

    /**
     * The golden map: a thesis, a premise in one perspective, a counterpoint in another, a
     * rebuttal, a two-premise support argument and an undercut of that argument.
     */
    public static ArgumentMap small() {
        return new MapBuilder()
                .title("Common enemy, separate fights")
                .source("The St. Petersburg Bombing", "Nikolas K. Gvosdev",
                        "https://nationalinterest.org/feature/the-st-petersburg-bombing")
                .perspective("shared-threat", "Shared threat")
                .perspective("mutual-distrust", "Mutual distrust")
                .statement("separate-fights", Kind.THESIS,
                        "Russia and the United States face a common enemy but will keep fighting it separately.")
                        .title("Separate fights").done()
                .statement("distrust", Kind.PREMISE,
                        "Distrust between the two countries' political and security establishments runs too deep.")
                        .in("mutual-distrust").supports("separate-fights").done()
                .statement("shared-enemy", Kind.COUNTERPOINT,
                        "The bombing seems to confirm that both face a shared threat from the Islamic State.")
                        .in("shared-threat").attacks("separate-fights").done()
                .statement("old-news", Kind.REBUTTAL,
                        "Both have faced that threat for years without working together.")
                        .attacks("shared-enemy").done()
                .statement("beslan", Kind.PREMISE,
                        "After Beslan in 2004 the Kremlin answered terror with stricter security.")
                        .in("mutual-distrust").done()
                .statement("protests", Kind.PREMISE,
                        "The attack came soon after large protests against corruption.")
                        .in("mutual-distrust").done()
                .statement("different-times", Kind.COUNTERPOINT,
                        "Beslan happened under different leadership in Washington.")
                        .attacks("precedent").done()
                .argument("precedent", ArgumentKind.SUPPORT, List.of("beslan", "protests"), "distrust",
                        "argument from precedent")
                .build();
    }

    /** A map of about twenty statements in two perspectives, for counting and for looking at. */
    static ArgumentMap large() {
        return new MapBuilder()
                .title("Common enemy, separate fights")
                .source("The St. Petersburg Bombing: Why It Won't Bring America and Russia Together",
                        "Nikolas K. Gvosdev",
                        "https://nationalinterest.org/feature/the-st-petersburg-bombing-why-it-wont-bring-america-russia-20012")
                .perspective("shared-threat", "Shared threat")
                .perspective("mutual-distrust", "Mutual distrust")
                .statement("separate-fights", Kind.THESIS,
                        "Russia and the United States face a common enemy but will keep fighting it separately.")
                        .title("Separate fights").done()
                .statement("shared-enemy", Kind.COUNTERPOINT,
                        "The bombing seems to confirm that both face a shared threat from the Islamic State.")
                        .in("shared-threat").attacks("separate-fights").done()
                .statement("isis-threats", Kind.PREMISE,
                        "Islamic State fighters from Russia and Central Asia have threatened attacks on Russian cities.")
                        .in("shared-threat").supports("shared-enemy").done()
                .statement("us-attacks", Kind.PREMISE,
                        "The United States has itself suffered attacks inspired by the Islamic State.")
                        .in("shared-threat").supports("shared-enemy").done()
                .statement("room-to-cooperate", Kind.COUNTERPOINT,
                        "Intelligence sharing on specific plots could start without a broader deal.")
                        .title("Room to cooperate").in("shared-threat").attacks("separate-fights").done()
                .statement("syria-overlap", Kind.PREMISE,
                        "Both militaries already operate against the same groups in Syria.")
                        .in("shared-threat").supports("room-to-cooperate").done()
                .statement("boston-warning", Kind.PREMISE,
                        "Russia warned the FBI about one of the Boston Marathon bombers in 2011.")
                        .in("shared-threat").supports("room-to-cooperate").done()
                .statement("distrust", Kind.PREMISE,
                        "Distrust between the two countries' political and security establishments runs too deep.")
                        .title("Deep distrust").in("mutual-distrust").supports("separate-fights").done()
                .statement("crackdown-reading", Kind.PREMISE,
                        "New security mandates will be read in the West as a crackdown on protest.")
                        .in("mutual-distrust").supports("distrust").done()
                .statement("beslan", Kind.PREMISE,
                        "After Beslan in 2004 the Kremlin answered terror with stricter security and political changes.")
                        .in("mutual-distrust").done()
                .statement("protests", Kind.PREMISE,
                        "The attack came soon after large countrywide protests against corruption.")
                        .in("mutual-distrust").done()
                .statement("election-meddling", Kind.PREMISE,
                        "Accusations of Russian meddling in the 2016 election poison any talk of partnership.")
                        .in("mutual-distrust").supports("distrust").done()
                .statement("assad", Kind.PREMISE,
                        "Washington and Moscow disagree about whether Assad must go.")
                        .title("Assad").in("mutual-distrust").supports("separate-fights").done()
                .statement("chemical-attack", Kind.PREMISE,
                        "A chemical attack in Syria the same week hardened Washington's position.")
                        .in("mutual-distrust").supports("assad").done()
                .statement("russian-blame", Kind.PREMISE,
                        "Russian media blame American policy in the Middle East for creating the Islamic State.")
                        .in("mutual-distrust").done()
                .statement("american-blame", Kind.PREMISE,
                        "American officials blame Russian air strikes for driving recruits to it.")
                        .in("mutual-distrust").done()
                .statement("old-news", Kind.REBUTTAL,
                        "Both have faced that threat for years without working together.")
                        .attacks("shared-enemy").done()
                .statement("no-joint-center", Kind.PREMISE,
                        "A joint counter-terror centre proposed in 2016 was never set up.")
                        .supports("old-news").done()
                .statement("sharing-broke-down", Kind.REBUTTAL,
                        "Past intelligence sharing broke down, and each side blamed the other.")
                        .attacks("room-to-cooperate").done()
                .statement("different-climate", Kind.COUNTERPOINT,
                        "Beslan happened in a very different political climate, before the protest movement.")
                        .attacks("precedent").done()
                .argument("precedent", ArgumentKind.SUPPORT, List.of("beslan", "protests"), "crackdown-reading",
                        "argument from precedent")
                .argument("mutual-blame", ArgumentKind.ATTACK, List.of("russian-blame", "american-blame"),
                        "shared-enemy", null)
                .build();
    }

    /**
     * Objections and their answers, each answer in its objection's perspective: two counterpoints
     * to the thesis with two premises each, a rebuttal of each (one with a premise of its own),
     * and two reasons for the thesis in a second perspective.
     */
    static ArgumentMap debate() {
        return new MapBuilder()
                .perspective("pro", "Pro").perspective("con", "Con")
                .statement("t", Kind.THESIS, "The thesis stands.").done()
                .statement("p1", Kind.PREMISE, "First reason for the thesis.").in("pro").supports("t").done()
                .statement("p2", Kind.PREMISE, "Second reason for the thesis.").in("pro").supports("t").done()
                .statement("p1a", Kind.PREMISE, "Backing for the first reason.").in("pro").supports("p1").done()
                .statement("c1", Kind.COUNTERPOINT, "First objection to the thesis.").in("con").attacks("t").done()
                .statement("c2", Kind.COUNTERPOINT, "Second objection to the thesis.").in("con").attacks("t").done()
                .statement("c1a", Kind.PREMISE, "Backing for the first objection.").in("con").supports("c1").done()
                .statement("c1b", Kind.PREMISE, "More backing for the first objection.").in("con").supports("c1").done()
                .statement("c2a", Kind.PREMISE, "Backing for the second objection.").in("con").supports("c2").done()
                .statement("c2b", Kind.PREMISE, "More backing for the second objection.").in("con").supports("c2").done()
                .statement("r1", Kind.REBUTTAL, "Answer to the first objection.").in("con").attacks("c1").done()
                .statement("r2", Kind.REBUTTAL, "Answer to the second objection.").in("con").attacks("c2").done()
                .statement("r1a", Kind.PREMISE, "Backing for the answer to the first objection.").in("con")
                        .supports("r1").done()
                .build();
    }
}
