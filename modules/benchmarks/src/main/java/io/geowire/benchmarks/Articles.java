package io.geowire.benchmarks;

import java.util.Random;

/**
 * The articles the ingest and extract benchmarks read, generated here (seeded) so the benchmarks jar needs no
 * files: news prose about the region geowire tracks, mixing sentences the rules turn into events with ordinary
 * reporting, wrapped as a plain-text page (menu, dateline, footer) and as an HTML page (head metadata,
 * navigation, article body, footer) the cleaner has to strip.
 */
final class Articles {

    private static final String[] EVENT_SENTENCES = {
        "Kazakhstan will not help Russia circumvent the sanctions, the deputy foreign minister said on Tuesday.",
        "Exports through the CPC terminal were suspended for three days after a storm damaged two mooring points.",
        "Uzbekistan and China signed a partnership agreement on transit railways during the summit in Samarkand.",
        "The Kazakh energy ministry said oil shipments along the Druzhba pipeline had been restored by Friday.",
        "Turkey condemned the strikes on the port and called for a return to the grain corridor talks.",
        "Armenia distanced itself from the CSTO, saying the alliance had failed to answer its request for help.",
    };
    private static final String[] FILLER = {
        "Analysts in Almaty expect freight volumes to grow again once the winter season ends.",
        "The regional parliament debated a new budget for roads, schools and public transport.",
        "Officials declined to give a date for the next round of consultations.",
        "Shipping companies have been adding vessels to the route across the Caspian Sea this year.",
        "Prices for wheat on the domestic market rose slightly in the second week of the month.",
        "A delegation of business leaders is expected to visit the capital later in the spring.",
        "The ministry published a statement on its website but did not answer questions from reporters.",
        "Local media reported long queues of trucks at the border crossing near Khorgos.",
    };

    private Articles() {
    }

    /** About {@code paragraphs} paragraphs of four to six sentences, one in four an event sentence. */
    static String prose(int paragraphs, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 4 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String[] pool = random.nextInt(4) == 0 ? EVENT_SENTENCES : FILLER;
                text.append(pool[random.nextInt(pool.length)]).append(s == sentences - 1 ? "" : " ");
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    /** A plain-text page as a scraper saves it: menu lines, headline, dateline, the story, a footer. */
    static String textPage(String prose) {
        return "Home\nWorld\nBusiness\nSport\n  • Opinion\n\nKazakhstan weighs its export routes\n"
                + "March 14, 2023\n\n" + prose + "Share\nFollow us\n© 2023 Example Media. All rights reserved.\n";
    }

    /**
     * The plain-text page with a site menu caught inside the story's first paragraph, as scraped text often keeps
     * it: a run of words without function words that the language shortcut reads as a menu, not as another
     * language (without that, the language model reads every such article).
     */
    static String menuTextPage(String prose) {
        int cut = prose.indexOf(". ") + 2;
        String menu = "Home | World | Business | Energy | Opinion | Sport | Culture | Travel | Science | Health | "
                + "Video | Events | Contact ";
        return textPage(prose.substring(0, cut) + menu + prose.substring(cut));
    }

    /** The story alone under its headline, without a date line, as plain-text dumps of news often are. */
    static String undatedTextPage(String prose) {
        return "Kazakhstan weighs its export routes\n\n" + prose;
    }

    /** An HTML page: metadata in the head, navigation, the story in an article element, a footer. */
    static String htmlPage(String prose) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : prose.split("\n\n")) {
            if (!paragraph.isBlank()) {
                body.append("<p>").append(paragraph).append("</p>\n");
            }
        }
        return "<!DOCTYPE html><html><head><title>Kazakhstan weighs its export routes | Example Times</title>"
                + "<meta name=\"author\" content=\"Sam Example\"><meta property=\"article:published_time\" "
                + "content=\"2023-03-14T10:00:00Z\"><script>var tracking = {page: 1};</script></head><body>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
                + "<article><h1>Kazakhstan weighs its export routes</h1>\n" + body + "</article>"
                + "<aside><a href=\"/more\">Read more</a></aside><footer>© 2023 Example Times</footer></body></html>\n";
    }
}
