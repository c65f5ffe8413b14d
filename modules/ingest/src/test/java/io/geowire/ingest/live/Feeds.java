package io.geowire.ingest.live;

/** Feed and page texts for the live-source tests, written for them. */
final class Feeds {

    private Feeds() {
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Test wire</title>"
                + "<link>http://example.invalid/</link><description>t</description>" + String.join("", items)
                + "</channel></rss>";
    }

    static String item(String guid, String link, String title, String description) {
        return "<item>" + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
                + (link == null ? "" : "<link>" + link + "</link>") + "<title>" + title + "</title>"
                + (description == null ? "" : "<description><![CDATA[" + description + "]]></description>")
                + "<pubDate>Mon, 06 Mar 2023 10:00:00 GMT</pubDate></item>";
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><nav><a href=\"/\">Home</a>"
                + "<a href=\"/world\">World</a></nav><article><h1>" + title + "</h1><p>" + body + "</p></article>"
                + "<footer>Copyright Test Wire. All rights reserved.</footer></body></html>";
    }

    static final String PARAGRAPH = "Kazakhstan will not recognise the breakaway regions, the foreign ministry said "
            + "on Friday, adding that the country would keep its oil flowing through the Caspian Pipeline "
            + "Consortium terminal near Novorossiysk whatever the pressure from either side.";
}
