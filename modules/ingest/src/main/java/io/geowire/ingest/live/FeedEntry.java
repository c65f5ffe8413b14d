package io.geowire.ingest.live;

/**
 * One item of an RSS or Atom feed, as the feed states it.
 *
 * @param guid        the RSS guid or Atom id; null when the feed gives none
 * @param link        the item's page (resolved against the feed's URL); null when none
 * @param title       null when none
 * @param description the longest of the texts the feed carries for it (content:encoded, description, content,
 *                    summary), HTML as in the feed; null when none
 * @param updated     the date the feed gives (updated, pubDate, published, dc:date) as written; null when none
 */
public record FeedEntry(String guid, String link, String title, String description, String updated) {

    /** Identity across polls: the GUID, or else the link; null when the feed gives neither. */
    public String key() {
        return guid != null ? guid : link;
    }
}
